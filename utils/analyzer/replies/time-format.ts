import type { Lang } from '../types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A deadline's moment as the reader's language writes it, from the local time in its ISO
 * string: `3月10日 18:00`, `March 10, 6 pm`. A limit at the end of a day shows the day only.
 */
export function formatMoment(iso: string, lang: Lang): string | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!parts) return null;
  const [month, day, hour, minute] = [Number(parts[2]), Number(parts[3]), Number(parts[4]), Number(parts[5])];
  const endOfDay = hour === 23 && minute === 59;
  if (lang !== 'en') return `${month}月${day}日${endOfDay ? '' : ` ${parts[4]}:${parts[5]}`}`;
  const date = `${MONTHS[month - 1]} ${day}`;
  if (endOfDay) return date;
  const clock = `${hour % 12 || 12}${minute ? `:${parts[5]}` : ''} ${hour < 12 ? 'am' : 'pm'}`;
  return `${date}, ${clock}`;
}
