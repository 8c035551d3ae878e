import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../utils/analyzer/lexicon/types';
import { compileLexicon } from '../../../utils/analyzer/match/compile';
import { collectHits } from '../../../utils/analyzer/match/hits';
import { findMatches } from '../../../utils/analyzer/match/sequence';
import { findBoundaries } from '../../../utils/analyzer/text/boundaries';

/** Whether one rule, alone in a lexicon, fires on the (already folded) text. */
function fires(rule: Omit<Rule, 'id'>, text: string): boolean {
  const engine = compileLexicon({
    concepts: {},
    labels: [{ label: 'violence_threat', rules: [{ id: 'violence_threat.test', ...rule }] }],
    cues: [],
    negation: { cues: ['not'], touching: ['we never'], blockers: ['but'], cancels: ['unless'] },
  });
  return findMatches(engine, collectHits(engine, text), findBoundaries(text), text).length > 0;
}

describe('how far apart the parts of a rule may lie', () => {
  const seq = ['which gym', 'your choice'];

  it('keeps the parts in one clause by default', () => {
    expect(fires({ seq, gap: 60 }, 'which gym your choice')).toBe(true);
    expect(fires({ seq, gap: 60 }, 'we know which gym, your choice')).toBe(false);
  });

  it('lets acrossClauses reach another clause but not another sentence', () => {
    expect(fires({ seq, gap: 60, acrossClauses: true }, 'we know which gym, your choice')).toBe(true);
    expect(fires({ seq, gap: 60, acrossClauses: true }, 'we know which gym. your choice')).toBe(false);
  });

  it('lets acrossSentences reach the next sentence, and no further', () => {
    expect(fires({ seq, gap: 60, acrossSentences: true }, 'we know which gym you use. your choice.')).toBe(true);
    expect(fires({ seq, gap: 60, acrossSentences: true }, 'we know which gym you use. it is late. your choice.')).toBe(false);
  });

  it('still holds the gap across sentences', () => {
    expect(fires({ seq, gap: 10, acrossSentences: true }, 'we know which gym you use, and when. your choice.')).toBe(false);
  });
});
