import { describe, expect, it } from 'vitest';
import { contactSeries } from '../../../utils/records/contact-series';
import { dayLabel, localClock } from '../../../utils/records/local-clock';
import { at, makeNote } from './fixtures';

const clock = localClock('Asia/Shanghai');
const hours = { from: 8 * 60, until: 22 * 60 };

describe('contacts over time', () => {
  it('counts the collector\'s contacts per day over a short period, keeping empty days', () => {
    const notes = [
      makeNote({ occurredAt: at('2026-03-01 10:00', 8) }),
      makeNote({ occurredAt: at('2026-03-01 23:00', 8) }),
      makeNote({ occurredAt: at('2026-03-03 09:00', 8), channel: 'sms' }),
      makeNote({ occurredAt: at('2026-03-02 09:00', 8), direction: 'outgoing' }),
      makeNote({ occurredAt: at('2026-03-04 09:00', 8), deletedAt: 1 }),
    ];
    const series = contactSeries(notes, clock, hours);
    expect(series.bucket).toBe('day');
    expect(series.points.map((p) => [dayLabel(p.start), p.count, p.outsideHours])).toEqual([
      ['2026-03-01', 2, 1],
      ['2026-03-02', 0, 0],
      ['2026-03-03', 1, 0],
    ]);
  });

  it('uses weeks (from Monday) over months, and months over years', () => {
    const weekly = contactSeries([makeNote({ occurredAt: at('2026-01-07 10:00', 8) }), makeNote({ occurredAt: at('2026-05-01 10:00', 8) })], clock, null);
    expect(weekly.bucket).toBe('week');
    expect(dayLabel(weekly.points[0]!.start)).toBe('2026-01-05');
    expect(weekly.points).toHaveLength(17);
    const monthly = contactSeries([makeNote({ occurredAt: at('2024-11-20 10:00', 8) }), makeNote({ occurredAt: at('2026-02-02 10:00', 8) })], clock, null);
    expect(monthly.bucket).toBe('month');
    expect(monthly.points.map((p) => dayLabel(p.start)).slice(0, 3)).toEqual(['2024-11-01', '2024-12-01', '2025-01-01']);
    expect(monthly.points).toHaveLength(16);
  });

  it('is empty without contacts from them', () => {
    expect(contactSeries([makeNote({ direction: 'outgoing' })], clock, hours)).toEqual({ bucket: 'day', points: [] });
  });
});
