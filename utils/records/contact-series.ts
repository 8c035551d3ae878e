/**
 * Contacts over time for one institution, bucketed for a small chart: by day for
 * a couple of months, by week for about a year, by month beyond. Empty buckets are
 * kept so quiet stretches show as gaps.
 */
import type { Note } from '../notes/note';
import { isTheirContact } from './finding';
import type { LocalClock } from './local-clock';
import { DAY_MS } from '../time-units';

export type Bucket = 'day' | 'week' | 'month';

export interface SeriesPoint {
  /** First local day of the bucket (days since 1970-01-01). */
  start: number;
  /** Contacts the collector made. */
  count: number;
  /** Of those, how many fell outside the permitted hours (0 when no hours apply). */
  outsideHours: number;
}

export interface ContactSeries {
  bucket: Bucket;
  points: SeriesPoint[];
}

/** Monday of the week holding `day` (1970-01-01 was a Thursday). */
const weekStart = (day: number) => day - ((((day + 3) % 7) + 7) % 7);

function monthStart(day: number): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
}

function nextStart(bucket: Bucket, start: number): number {
  if (bucket === 'day') return start + 1;
  if (bucket === 'week') return start + 7;
  const date = new Date(start * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS;
}

const startOf = (bucket: Bucket, day: number) => (bucket === 'day' ? day : bucket === 'week' ? weekStart(day) : monthStart(day));

/** The collector's contacts among `notes`, counted per bucket from the first to the last. */
export function contactSeries(
  notes: readonly Note[],
  clock: LocalClock,
  hours: { from: number; until: number } | null,
): ContactSeries {
  const contacts = notes.filter((n) => n.deletedAt === null && isTheirContact(n)).map((n) => clock(n.occurredAt));
  if (contacts.length === 0) return { bucket: 'day', points: [] };
  let first = Infinity;
  let lastDay = -Infinity;
  for (const { day } of contacts) {
    first = Math.min(first, day);
    lastDay = Math.max(lastDay, day);
  }
  const span = lastDay - first + 1;
  const bucket: Bucket = span <= 62 ? 'day' : span <= 420 ? 'week' : 'month';
  const counts = new Map<number, SeriesPoint>();
  for (const { day, minute } of contacts) {
    const start = startOf(bucket, day);
    const point = counts.get(start) ?? { start, count: 0, outsideHours: 0 };
    point.count++;
    if (hours && (minute < hours.from || minute > hours.until)) point.outsideHours++;
    counts.set(start, point);
  }
  const points: SeriesPoint[] = [];
  for (let start = startOf(bucket, first); start <= lastDay; start = nextStart(bucket, start)) {
    points.push(counts.get(start) ?? { start, count: 0, outsideHours: 0 });
  }
  return { bucket, points };
}
