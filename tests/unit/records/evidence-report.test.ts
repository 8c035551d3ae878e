import { describe, expect, it } from 'vitest';
import { buildEvidenceReport } from '../../../utils/records/evidence-report';
import { localClock } from '../../../utils/records/local-clock';
import { at, makeNote } from './fixtures';

describe('evidence report', () => {
  it('groups the timeline, findings and a summary per institution, deleted notes left out', () => {
    const acme = [
      makeNote({ occurredAt: at('2026-03-02 23:30', 8), signals: ['abuse'] }),
      makeNote({ occurredAt: at('2026-03-01 10:00', 8), direction: 'outgoing', iSaid: '我想申请分期' }),
      makeNote({ occurredAt: at('2026-03-03 10:00', 8), channel: 'sms', deletedAt: at('2026-03-04 10:00', 8) }),
    ];
    const beta = makeNote({ institution: '某某消费金融', occurredAt: at('2026-03-05 10:00', 8), promises: [{ id: 'p', by: 'them', what: '回电', dueAt: null, status: 'broken' }] });
    const report = buildEvidenceReport([...acme, beta], { jurisdiction: 'CN', clock: localClock('Asia/Shanghai'), now: at('2026-04-01 00:00', 8) });
    expect(report.sections.map((s) => s.name)).toEqual(['Acme Credit', '某某消费金融']);
    const [first, second] = report.sections;
    expect(first!.timeline.map((n) => n.id)).toEqual([acme[1]!.id, acme[0]!.id]);
    expect(first!.findings.map((f) => f.kind)).toEqual(['outside_hours', 'conduct']);
    expect(first!.summary).toMatchObject({ notes: 2, theirContacts: 1, calls: 1, first: acme[1]!.occurredAt, last: acme[0]!.occurredAt });
    expect(first!.summary.byKind).toMatchObject({ outside_hours: 1, conduct: 1, broken_promise: 0 });
    expect(second!.summary.byKind.broken_promise).toBe(1);
  });
});
