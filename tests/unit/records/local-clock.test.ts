import { describe, expect, it } from 'vitest';
import { dayLabel, localClock } from '../../../utils/records/local-clock';

describe('local clock', () => {
  it('gives the local day and minute in a fixed-offset zone', () => {
    const clock = localClock('Asia/Shanghai');
    const t = Date.UTC(2026, 2, 5, 15, 30); // 23:30 in Beijing
    expect(clock(t)).toEqual({ day: Date.UTC(2026, 2, 5) / 86_400_000, minute: 23 * 60 + 30 });
    expect(dayLabel(clock(t + 60 * 60_000).day)).toBe('2026-03-06');
  });

  it('follows daylight-saving changes', () => {
    const clock = localClock('America/New_York');
    expect(clock(Date.UTC(2026, 2, 8, 6, 59)).minute).toBe(1 * 60 + 59); // 01:59 EST
    expect(clock(Date.UTC(2026, 2, 8, 7, 0)).minute).toBe(3 * 60); // 03:00 EDT
    expect(clock(Date.UTC(2026, 10, 1, 5, 30)).minute).toBe(1 * 60 + 30); // 01:30 EDT
    expect(clock(Date.UTC(2026, 10, 1, 6, 30)).minute).toBe(1 * 60 + 30); // 01:30 EST, an hour later
  });

  it('handles zones on the half and quarter hour, and times before 1970', () => {
    expect(localClock('Asia/Kathmandu')(Date.UTC(2026, 0, 1, 0, 0)).minute).toBe(5 * 60 + 45);
    expect(localClock('Asia/Kolkata')(Date.UTC(2026, 0, 1, 20, 0))).toMatchObject({ minute: 1 * 60 + 30 });
    expect(dayLabel(localClock('UTC')(Date.UTC(1969, 11, 31, 23, 0)).day)).toBe('1969-12-31');
  });
});
