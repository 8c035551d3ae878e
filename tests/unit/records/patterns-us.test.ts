import { describe, expect, it } from 'vitest';
import { findPatterns } from '../../../utils/records/contact-patterns';
import { localClock } from '../../../utils/records/local-clock';
import { at, makeNote } from './fixtures';

const clock = localClock('America/New_York');
const now = at('2026-06-30 12:00', -4);
const check = (notes: Parameters<typeof findPatterns>[0]) => findPatterns(notes, { jurisdiction: 'US', clock, now });

describe('contact patterns, United States', () => {
  it('flags contacts before 8 a.m. or after 9 p.m. local time, across a daylight-saving change', () => {
    // 8 March 2026: New York moves from UTC−5 to UTC−4.
    const beforeChange = makeNote({ occurredAt: at('2026-03-07 07:30', -5) });
    const afterChange = makeNote({ occurredAt: at('2026-03-09 21:15', -4) });
    const inside = [makeNote({ occurredAt: at('2026-03-07 08:00', -5) }), makeNote({ occurredAt: at('2026-03-09 21:00', -4) })];
    const [finding] = check([beforeChange, ...inside, afterChange]);
    expect(finding).toMatchObject({ kind: 'outside_hours', noteIds: [beforeChange.id, afterChange.id], rule: { id: 'US.hours', certainty: 'V' } });
  });

  it('flags more than 7 calls within 7 consecutive days, and merges overlapping weeks', () => {
    // Days 1–8 of June, one call a day at noon: days 1–7 hold 7 (fine), days 2–8 hold 7 (fine).
    const daily = Array.from({ length: 8 }, (_, n) => makeNote({ occurredAt: at(`2026-06-0${n + 1} 12:00`, -4) }));
    expect(check(daily).filter((f) => f.kind === 'calls_per_week')).toEqual([]);
    // One more call on 7 June: days 1–7 now hold 8, and so do days 2–8.
    const extra = makeNote({ occurredAt: at('2026-06-07 15:00', -4) });
    const findings = check([...daily, extra]).filter((f) => f.kind === 'calls_per_week');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ count: 8, limit: 7, rule: { id: 'US.calls-per-week' } });
    expect(findings[0]!.noteIds).toHaveLength(9);
  });

  it('counts only calls the collector placed toward the 7-in-7 limit', () => {
    const mixed = Array.from({ length: 10 }, (_, n) =>
      makeNote({ occurredAt: at(`2026-06-0${(n % 7) + 1} 1${n % 10}:00`, -4), direction: n < 5 ? 'incoming' : 'outgoing' }),
    );
    const texts = Array.from({ length: 5 }, (_, n) => makeNote({ occurredAt: at(`2026-06-0${n + 1} 13:00`, -4), channel: 'sms' }));
    expect(check([...mixed, ...texts]).filter((f) => f.kind === 'calls_per_week')).toEqual([]);
  });

  it('flags calls within 7 days after a phone conversation, the conversation day counting as the first', () => {
    const conversation = makeNote({ occurredAt: at('2026-06-01 10:00', -4), direction: 'outgoing', theySaid: 'We can discuss a plan.' });
    const ring = makeNote({ occurredAt: at('2026-06-03 10:00', -4) });
    const lastQuietDay = makeNote({ occurredAt: at('2026-06-07 20:00', -4) });
    const afterwards = makeNote({ occurredAt: at('2026-06-08 10:00', -4) });
    const [finding, ...rest] = check([conversation, ring, lastQuietDay, afterwards]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: 'call_after_conversation', count: 2, rule: { id: 'US.after-conversation', certainty: 'V' } });
    expect(finding!.noteIds).toEqual([conversation.id, ring.id, lastQuietDay.id]);
  });

  it('names §1692e for false threats, and shows violence or abuse only as reported (U)', () => {
    const arrest = makeNote({ occurredAt: at('2026-06-10 10:00', -4), signals: ['criminal_threat'] });
    const insult = makeNote({ occurredAt: at('2026-06-11 10:00', -4), signals: ['abuse'] });
    const conduct = check([arrest, insult]).filter((f) => f.kind === 'conduct');
    expect(conduct.map((f) => [f.rule?.id, f.rule?.certainty, f.noteIds])).toEqual([
      ['US.false-threats', 'V', [arrest.id]],
      ['US.harassment', 'U', [insult.id]],
    ]);
  });
});
