import { describe, expect, it } from 'vitest';
import { findPatterns } from '../../../utils/records/contact-patterns';
import { localClock } from '../../../utils/records/local-clock';
import type { Jurisdiction } from '../../../utils/rights/jurisdiction';
import { at, makeNote } from './fixtures';

const run = (jurisdiction: Jurisdiction, timeZone: string, notes: Parameters<typeof findPatterns>[0]) =>
  findPatterns(notes, { jurisdiction, clock: localClock(timeZone), now: at('2026-04-01 12:00', 8) });

describe('contact patterns, Taiwan', () => {
  it('permits 07:00–22:00 and flags the rest', () => {
    const early = makeNote({ occurredAt: at('2026-03-02 06:59', 8) });
    const seven = makeNote({ occurredAt: at('2026-03-02 07:00', 8) });
    const late = makeNote({ occurredAt: at('2026-03-02 22:01', 8), channel: 'visit' });
    const [finding] = run('TW', 'Asia/Taipei', [early, seven, late]);
    expect(finding).toMatchObject({ kind: 'outside_hours', noteIds: [early.id, late.id], rule: { id: 'TW.hours', certainty: 'V2' } });
  });

  it('has no daily call number to check, but lists third-party contacts', () => {
    const calls = Array.from({ length: 12 }, (_, n) => makeNote({ occurredAt: at(`2026-03-03 ${String(8 + n).padStart(2, '0')}:00`, 8) }));
    const boss = makeNote({ occurredAt: at('2026-03-04 10:00', 8), signals: ['third_party_contact'] });
    expect(run('TW', 'Asia/Taipei', [...calls, boss]).map((f) => f.kind)).toEqual(['third_party']);
  });
});

describe('contact patterns, Hong Kong', () => {
  it('checks no fixed hours (the code gives none) but names §43 for threats and third parties', () => {
    const night = makeNote({ occurredAt: at('2026-03-02 03:00', 8) });
    const threat = makeNote({ occurredAt: at('2026-03-03 10:00', 8), signals: ['violence_threat', 'third_party_contact'] });
    const findings = run('HK', 'Asia/Hong_Kong', [night, threat]);
    expect(findings.map((f) => [f.kind, f.rule?.id, f.rule?.certainty])).toEqual([
      ['third_party', 'HK.third-party', 'V'],
      ['conduct', 'HK.conduct', 'V'],
    ]);
  });
});

describe('contact patterns, United Kingdom', () => {
  it('names CONC 7.11 for threats of action that cannot lawfully be taken, and CONC 7.9 for third parties', () => {
    const police = makeNote({ occurredAt: at('2026-03-02 10:00', 0), signals: ['criminal_threat'] });
    const family = makeNote({ occurredAt: at('2026-03-03 10:00', 0), signals: ['third_party_contact'] });
    const findings = run('UK', 'Europe/London', [police, family]);
    expect(findings.map((f) => [f.kind, f.rule?.id, f.noteIds])).toEqual([
      ['third_party', 'UK.third-party', [family.id]],
      ['conduct', 'UK.misrepresentation', [police.id]],
    ]);
  });
});
