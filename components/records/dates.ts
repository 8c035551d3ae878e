/** Dates for records views, in the person's language and this computer's time zone. */
import { localeTag, type Locale } from '../../utils/i18n';
import { DAY_MS } from '../../utils/time-units';

const formats = new Map<string, Intl.DateTimeFormat>();

type Style = 'date' | 'dateTime' | 'short' | 'month';

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  short: { month: 'numeric', day: 'numeric' },
  month: { year: 'numeric', month: 'short' },
};

function format(locale: Locale, style: Style, timeZone?: string): Intl.DateTimeFormat {
  const key = `${locale}:${style}:${timeZone ?? ''}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeTag(locale), { ...OPTIONS[style], timeZone });
    formats.set(key, f);
  }
  return f;
}

/** `5 Mar 2026` / `2026年3月5日`. */
export const formatDate = (time: number, locale: Locale) => format(locale, 'date').format(time);

/** `5 Mar 2026, 14:05` / `2026年3月5日 14:05`. */
export const formatDateTime = (time: number, locale: Locale) => format(locale, 'dateTime').format(time);

/** A local day number (see local-clock) as a date, e.g. for chart axes. */
export function formatDayNumber(day: number, locale: Locale, style: Style = 'date'): string {
  // Day numbers count local days; formatting their UTC midnight in UTC gives back that calendar day.
  return format(locale, style, 'UTC').format(day * DAY_MS);
}

/** The IANA name of this computer's time zone. */
export const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
