import { describe, expect, it } from 'vitest';
import { findPatterns } from '../../../utils/records/contact-patterns';
import { localClock } from '../../../utils/records/local-clock';
import { at, makeNote } from './fixtures';

const clock = localClock('Asia/Shanghai');
const now = at('2026-04-01 12:00', 8);
const check = (notes: Parameters<typeof findPatterns>[0]) => findPatterns(notes, { jurisdiction: 'CN', clock, now });

describe('contact patterns, mainland China', () => {
  it('flags contacts the collector made between 22:00 and 08:00, local time', () => {
    const late = makeNote({ occurredAt: at('2026-03-02 22:30', 8), channel: 'sms' });
    const early = makeNote({ occurredAt: at('2026-03-03 07:59', 8) });
    const fine = [
      makeNote({ occurredAt: at('2026-03-03 08:00', 8) }),
      makeNote({ occurredAt: at('2026-03-03 22:00', 8) }),
      // The person's own call at night and a letter are not the collector's contact at that hour.
      makeNote({ occurredAt: at('2026-03-03 23:00', 8), direction: 'outgoing' }),
      makeNote({ occurredAt: at('2026-03-04 02:00', 8), channel: 'letter' }),
    ];
    const [finding, ...rest] = check([late, early, ...fine]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: 'outside_hours', count: 2, noteIds: [late.id, early.id] });
    expect(finding!.rule).toMatchObject({ id: 'CN.hours', certainty: 'V2' });
    expect(finding!.rule!.source.zh_CN).toContain('催收工作指引');
  });

  it('flags more than 6 calls on one local day, per institution', () => {
    const day = (n: number) => makeNote({ occurredAt: at(`2026-03-05 ${String(9 + n).padStart(2, '0')}:00`, 8) });
    const seven = Array.from({ length: 7 }, (_, n) => day(n));
    const otherLender = Array.from({ length: 6 }, (_, n) =>
      makeNote({ institution: 'Beta Bank', occurredAt: at(`2026-03-05 ${String(9 + n).padStart(2, '0')}:30`, 8) }),
    );
    const findings = check([...seven, ...otherLender]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'calls_per_day', count: 7, limit: 6, institution: 'Acme Credit' });
    expect(findings[0]!.noteIds).toEqual(seven.map((n) => n.id));
  });

  it('counts days in local time, not UTC', () => {
    // 4 calls late on the 5th and 3 early on the 6th, Beijing time: the same UTC day, two local days.
    const calls = [
      ...[16, 17, 18, 19].map((h) => makeNote({ occurredAt: at(`2026-03-05 ${h}:00`, 8) })),
      ...[9, 10, 11].map((h) => makeNote({ occurredAt: at(`2026-03-06 ${String(h).padStart(2, '0')}:00`, 8) })),
    ];
    expect(check(calls)).toEqual([]);
  });

  it('treats differently typed names of one institution as one', () => {
    const names = ['Acme Credit', 'acme credit ', 'ＡＣＭＥ Credit', 'Acme  Credit', 'Acme Credit', 'ACME CREDIT', 'Acme Credit'];
    const calls = names.map((institution, n) => makeNote({ institution, occurredAt: at(`2026-03-05 1${n}:00`, 8) }));
    const [finding] = check(calls);
    expect(finding).toMatchObject({ kind: 'calls_per_day', count: 7, institution: 'Acme Credit' });
  });

  it('lists third-party contacts and threats or abuse, from the analyzer signals', () => {
    const family = makeNote({ occurredAt: at('2026-03-07 10:00', 8), signals: ['third_party_contact'] });
    const insult = makeNote({ occurredAt: at('2026-03-08 10:00', 8), signals: ['abuse', 'payment_demand'] });
    const threat = makeNote({ occurredAt: at('2026-03-09 10:00', 8), signals: ['criminal_threat'] });
    const plain = makeNote({ occurredAt: at('2026-03-10 10:00', 8), signals: ['payment_demand', 'legal_action'] });
    const findings = check([family, insult, threat, plain]);
    expect(findings.map((f) => f.kind)).toEqual(['third_party', 'conduct']);
    expect(findings[0]).toMatchObject({ noteIds: [family.id], rule: { id: 'CN.third-party' } });
    expect(findings[1]).toMatchObject({ noteIds: [insult.id, threat.id], labels: ['criminal_threat', 'abuse'], rule: { id: 'CN.conduct' } });
  });

  it('lists promises they broke and their open promises past due, but not the person\'s own', () => {
    const promise = (by: 'me' | 'them', status: 'open' | 'kept' | 'broken', dueAt: number | null) => ({ id: `${by}-${status}`, by, what: 'call back', dueAt, status });
    const broken = makeNote({ occurredAt: at('2026-03-01 10:00', 8), promises: [promise('them', 'broken', null), promise('me', 'broken', null)] });
    const overdue = makeNote({ occurredAt: at('2026-03-02 10:00', 8), promises: [promise('them', 'open', at('2026-03-20 00:00', 8))] });
    const later = makeNote({ occurredAt: at('2026-03-03 10:00', 8), promises: [promise('them', 'open', at('2026-05-01 00:00', 8)), promise('them', 'kept', null)] });
    const findings = check([broken, overdue, later]);
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'broken_promise', count: 1, noteIds: [broken.id], rule: null }),
      expect.objectContaining({ kind: 'promise_overdue', count: 1, noteIds: [overdue.id], rule: null }),
    ]);
  });

  it('leaves deleted notes out', () => {
    const notes = Array.from({ length: 7 }, (_, n) => makeNote({ occurredAt: at(`2026-03-05 1${n}:00`, 8), deletedAt: n === 0 ? now : null }));
    expect(check(notes)).toEqual([]);
  });
});
