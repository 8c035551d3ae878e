/**
 * Calendar arithmetic for time limits, in the reader's local time: "today" and "Friday"
 * mean the reader's today and Friday. Every function is pure and takes `now` explicitly.
 */

const HOUR = 3_600_000;

/** Midnight at the start of the day `days` after `date`. */
export function dayAfter(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** The given day at a clock time; hour 24 is the midnight that ends the day. */
export function atTime(day: Date, hour: number, minute = 0): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute);
}

/** The last second of the given day: a limit that names only a day lasts all of it. */
export function endOfDay(day: Date): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 23, 59, 59);
}

/** The day of the week `weekday` (Monday 1 … Sunday 7), `weekShift` weeks on, or the coming one when null. */
export function weekdayFrom(now: Date, weekday: number, weekShift: number | null): Date {
  const today = now.getDay() === 0 ? 7 : now.getDay();
  const delta = weekShift === null ? (weekday - today + 7) % 7 : weekday - today + 7 * weekShift;
  return dayAfter(now, delta);
}

/** The last day of the month `monthShift` months on. */
export function lastDayOfMonth(now: Date, monthShift: number): Date {
  return new Date(now.getFullYear(), now.getMonth() + monthShift + 1, 0);
}

/** A day of the month counted from today: this month's if still to come, else next month's. */
export function nextDayOfMonth(now: Date, day: number): Date | null {
  if (day < 1 || day > 31) return null;
  const shift = day >= now.getDate() ? 0 : 1;
  return calendarDay(now.getFullYear(), now.getMonth() + 1 + shift, day);
}

/** A real calendar day, or null for impossible ones such as 2 February 30. */
export function calendarDay(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  const normalMonth = ((month - 1) % 12 + 12) % 12;
  return date.getMonth() === normalMonth && date.getDate() === day ? date : null;
}

/**
 * A month and day without a year: the first such day from two months ago on. Notices name
 * limits to come and due dates just passed, not dates most of a year away.
 */
export function dateWithoutYear(now: Date, month: number, day: number): Date | null {
  const earliest = dayAfter(now, -60);
  for (const year of [now.getFullYear() - 1, now.getFullYear(), now.getFullYear() + 1]) {
    const date = calendarDay(year, month, day);
    if (date && date >= earliest) return date;
  }
  return null;
}

/** The moment a span of time from now ends: hours, business days (Monday to Friday) or months. */
export function afterDuration(now: Date, amount: number, unit: number | 'businessDay' | 'month'): Date {
  if (unit === 'month') {
    const whole = Math.round(amount);
    const target = new Date(now.getFullYear(), now.getMonth() + whole, 1, now.getHours(), now.getMinutes());
    const last = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
    target.setDate(Math.min(now.getDate(), last));
    return target;
  }
  if (unit === 'businessDay') {
    let day = now;
    for (let left = Math.min(Math.round(amount), 366); left > 0; ) {
      day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1, day.getHours(), day.getMinutes());
      if (day.getDay() !== 0 && day.getDay() !== 6) left--;
    }
    return day;
  }
  return new Date(now.getTime() + amount * unit * HOUR);
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** ISO 8601 in local time with its UTC offset, e.g. `2024-03-10T23:59:59+08:00`. */
export function toLocalIso(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}
