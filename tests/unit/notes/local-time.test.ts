import { describe, expect, it } from 'vitest';
import { endOfDateInput, fromDateTimeInput, toDateInput, toDateTimeInput } from '../../../utils/notes/local-time';

describe('date and time inputs', () => {
  it('round-trip a local time to the minute', () => {
    const time = new Date(2026, 6, 4, 9, 5).getTime();
    expect(toDateTimeInput(time)).toBe('2026-07-04T09:05');
    expect(toDateInput(time)).toBe('2026-07-04');
    expect(fromDateTimeInput('2026-07-04T09:05')).toBe(time);
  });

  it('read a bare date as local midnight and its end as the last millisecond', () => {
    expect(fromDateTimeInput('2026-07-04')).toBe(new Date(2026, 6, 4).getTime());
    expect(endOfDateInput('2026-07-04')).toBe(new Date(2026, 6, 5).getTime() - 1);
  });

  it('give null for what a calendar does not have', () => {
    for (const bad of ['', 'yesterday', '2026-02-30', '2026-13-01T10:00', '2026-07-04T25:00']) {
      expect(fromDateTimeInput(bad), bad).toBeNull();
    }
  });

  it('keep years a typing slip produced, for the range check to catch', () => {
    const far = fromDateTimeInput('20266-01-01T10:00');
    expect(far).not.toBeNull();
    expect(new Date(far!).getFullYear()).toBe(20266);
    expect(new Date(fromDateTimeInput('0026-01-01')!).getFullYear()).toBe(26);
  });
});
