import { describe, expect, it } from 'vitest';
import { dayBounds, dayKey, groupByDay } from '../../../utils/notes/days';
import { makeNote } from '../../support/make-note';

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('groupByDay', () => {
  it('groups by local day, newest day first and newest note first', () => {
    const a = makeNote({ occurredAt: local(2026, 3, 1, 9) });
    const b = makeNote({ occurredAt: local(2026, 3, 1, 17) });
    const c = makeNote({ occurredAt: local(2026, 3, 3, 0, 5) });
    const d = makeNote({ occurredAt: local(2026, 2, 28, 23, 59) });
    const groups = groupByDay([a, d, c, b]);
    expect(groups.map((g) => g.key)).toEqual(['2026-03-03', '2026-03-01', '2026-02-28']);
    expect(groups[1]!.notes.map((n) => n.id)).toEqual([b.id, a.id]);
    expect(groups[0]!.start).toBe(local(2026, 3, 3));
  });

  it('gives nothing for no notes', () => {
    expect(groupByDay([])).toEqual([]);
  });
});

describe('dayKey and dayBounds', () => {
  it('use local time', () => {
    expect(dayKey(local(2026, 12, 31, 23, 59))).toBe('2026-12-31');
    const { start, end } = dayBounds(local(2026, 5, 9, 13));
    expect(start).toBe(local(2026, 5, 9));
    expect(end).toBe(local(2026, 5, 10) - 1);
  });
});
