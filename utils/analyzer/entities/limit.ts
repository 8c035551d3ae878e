import { atTime, endOfDay } from './calendar';
import { PERIOD_END_HOUR, type Period } from './time-words';

/** A time limit found in the folded text, before it becomes a `Deadline`. */
export interface TimeHit {
  start: number;
  end: number;
  at: Date | null;
}

/** What a time expression said: a day, a part of the day, a clock time, or an exact moment. */
export interface TimeParts {
  day?: Date | null;
  period?: Period;
  hour?: number;
  minute?: number;
  /** The hour is already on the 24-hour clock (5pm was read as 17). */
  clock24?: boolean;
}

/**
 * The moment a limit ends: a clock time on its day (today when no day is named), else the
 * end of the part of the day, else the end of the day. "下午5点", "5pm" and "今晚12点" read
 * as 17:00, 17:00 and midnight.
 */
export function limitMoment(parts: TimeParts, now: Date): Date | null {
  if (parts.day === null) return null;
  const day = parts.day ?? now;
  if (parts.hour !== undefined) {
    return atTime(day, parts.clock24 ? parts.hour : clockHour(parts.hour, parts.period), parts.minute ?? 0);
  }
  if (parts.period) return atTime(day, PERIOD_END_HOUR[parts.period]);
  return endOfDay(day);
}

function clockHour(hour: number, period: Period | undefined): number {
  if (hour >= 12) return period === 'evening' && hour === 12 ? 24 : hour;
  if (period === 'afternoon' || period === 'evening' || period === 'offWork') return hour + 12;
  if (period === 'noon') return hour <= 5 ? hour + 12 : hour;
  // Collectors' limits fall in the working day: a bare "5点前" is five in the afternoon.
  if (period === undefined && hour >= 1 && hour <= 7) return hour + 12;
  return hour;
}
