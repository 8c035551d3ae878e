/**
 * Local calendar days and clock times for contact times, in a given time zone.
 * Rules speak of "before 8 a.m." and "a day" in the person's local time, while
 * notes store instants; this converts without relying on the machine's zone.
 */
import { DAY_MS } from '../time-units';

export interface LocalTime {
  /** Days since 1970-01-01 in the local calendar. */
  day: number;
  /** Minutes after local midnight, 0–1439. */
  minute: number;
}

export type LocalClock = (ms: number) => LocalTime;

// Zone offsets change only on quarter-hour boundaries, so one lookup serves each quarter hour.
const QUARTER_HOUR_MS = 900_000;

/** A clock for `timeZone` (an IANA name such as `Asia/Shanghai`). */
export function localClock(timeZone: string): LocalClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const offsets = new Map<number, number>();
  const offsetAt = (bucketStart: number): number => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(bucketStart)) parts[part.type] = Number(part.value);
    const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
    return local - bucketStart;
  };
  return (ms) => {
    const bucket = Math.floor(ms / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      offset = offsetAt(bucket);
      offsets.set(bucket, offset);
    }
    const local = ms + offset;
    const day = Math.floor(local / DAY_MS);
    return { day, minute: Math.floor((local - day * DAY_MS) / 60_000) };
  };
}

/** A local day as `YYYY-MM-DD`. */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Midnight UTC of a local day, for formatting a day with a UTC formatter. */
export function dayStartUtc(day: number): number {
  return day * DAY_MS;
}
