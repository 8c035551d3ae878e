/**
 * Times as the browser's date and time inputs read and write them: local time,
 * `YYYY-MM-DDTHH:mm` and `YYYY-MM-DD`. Unreadable input becomes null, never NaN.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DDTHH:mm` in local time, for `<input type="datetime-local">`. */
export function toDateTimeInput(time: number): string {
  const d = new Date(time);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `YYYY-MM-DD` in local time, for `<input type="date">`. */
export function toDateInput(time: number): string {
  return toDateTimeInput(time).slice(0, 10);
}

/** Epoch milliseconds of a local `YYYY-MM-DDTHH:mm[:ss]` (or a bare date, at midnight), or null. */
export function fromDateTimeInput(value: string): number | null {
  const m = /^(\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const d = new Date(year!, month! - 1, day!, hour, minute, second);
  // Reject dates the calendar does not have (2026-02-30 would roll into March).
  if (Number.isNaN(d.getTime()) || d.getMonth() !== month! - 1 || d.getDate() !== day!) return null;
  // Years 0–99 would be read as 1900–1999.
  d.setFullYear(year!);
  return d.getTime();
}

/** The last millisecond of the local day a `YYYY-MM-DD` value names, or null. */
export function endOfDateInput(value: string): number | null {
  const start = fromDateTimeInput(value);
  if (start === null) return null;
  const d = new Date(start);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1;
}
