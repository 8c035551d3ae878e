import { describe, expect, it } from 'vitest';
import { checkTone } from '../../../utils/tone/check';
import { applyFix } from '../../../utils/tone/fix';
import { toneSegments } from '../../../utils/tone/segments';

describe('toneSegments', () => {
  it('covers the whole draft, marking overlaps with every kind', () => {
    const text = '好的，你们就是骗子。';
    const segments = toneSegments(text, checkTone(text));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.text, s.kinds])).toEqual([
      ['好的，', []],
      ['你们就是', ['absolute']],
      ['骗子', ['absolute', 'insulting']],
      ['。', []],
    ]);
  });

  it('returns one plain stretch when nothing is found, and nothing for an empty draft', () => {
    expect(toneSegments('Thank you.', [])).toEqual([{ start: 0, end: 10, text: 'Thank you.', kinds: [] }]);
    expect(toneSegments('', [])).toEqual([]);
  });
});

describe('applyFix', () => {
  it('puts the fix in place and keeps the rest', () => {
    const text = 'Please call me back!!! Thanks';
    const [finding] = checkTone(text);
    expect(applyFix(text, finding!)).toBe('Please call me back. Thanks');
  });

  it('changes nothing when there is no fix or the draft has moved on', () => {
    const [insult] = checkTone('idiots');
    expect(applyFix('idiots', insult!)).toBe('idiots');
    const [marks] = checkTone('ok!!!');
    expect(applyFix('okay!!!', marks!)).toBe('okay!!!');
  });
});
