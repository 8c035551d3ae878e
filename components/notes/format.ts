/** Dates, times and sizes in the person's language. Formatters are made once per language. */
import { localeTag, type Locale } from '../../utils/i18n';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: Locale, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${name}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(localeTag(locale), options);
    cache.set(key, format);
  }
  return format;
}

/** `14:05` / `下午2:05`. */
export const formatTime = (time: number, locale: Locale) => dateFormat(locale, 'time', { timeStyle: 'short' }).format(time);

/** `Mar 3, 2026, 14:05`. */
export const formatDateTime = (time: number, locale: Locale) =>
  dateFormat(locale, 'datetime', { dateStyle: 'medium', timeStyle: 'short' }).format(time);

/** `Tuesday, March 3, 2026`. */
export const formatDay = (time: number, locale: Locale) => dateFormat(locale, 'day', { dateStyle: 'full' }).format(time);

/** `2.4 MB`, `380 kB`. */
export function formatBytes(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(bytes, 0) / 1_000, 'kilobyte'];
  return new Intl.NumberFormat(localeTag(locale), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
