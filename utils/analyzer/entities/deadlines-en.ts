import { afterDuration, calendarDay, dateWithoutYear, dayAfter, lastDayOfMonth, nextDayOfMonth, weekdayFrom } from './calendar';
import { limitMoment, type TimeHit, type TimeParts } from './limit';
import { limitedMatches } from './matches';
import { EN_DURATION_UNITS, EN_MONTHS, EN_NUMBERS, EN_RELATIVE_DAYS, EN_WEEKDAYS } from './time-words';

const alt = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s')).join('|');
const MONTH = alt(Object.keys(EN_MONTHS));

// Words that make what follows a limit: "by Friday", "within 24 hours", "you have 24 hours".
const MARK = '(?<mark>no\\slater\\sthan|on\\sor\\sbefore|due(?:\\s(?:on|by))?|expires?(?:\\son)?|deadline(?:\\sis)?|before|until|till|by|(?:within|in)(?:\\sthe\\snext)?|have|has|give\\s(?:you|u))\\s';
// Letters restate a count in figures: "within thirty (30) days".
const DURATION = `(?<count>\\d{1,3}|${alt(Object.keys(EN_NUMBERS))})(?:\\s\\(\\d{1,3}\\))?[\\s-](?<unit>${alt(Object.keys(EN_DURATION_UNITS))})s?\\b`;
const DAY =
  `(?<rel>${alt(Object.keys(EN_RELATIVE_DAYS))})\\b` +
  `|end\\sof\\s(?:the\\s|this\\s)?(?<endUnit>week|month)\\b|end\\sof\\snext\\s(?<nextEndUnit>week|month)\\b` +
  `|(?<wShift>this\\s|next\\s|coming\\s)?(?<weekday>${alt(Object.keys(EN_WEEKDAYS))})\\b` +
  `|(?<month>${MONTH})\\.?\\s(?<monthDay>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s(?<year>\\d{4}))?` +
  `|(?<dayMonth>\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(?<month2>${MONTH})\\b(?:,?\\s(?<year2>\\d{4}))?` +
  '|the\\s(?<ordinal>\\d{1,2})(?:st|nd|rd|th)\\b' +
  '|(?<![\\d/])(?<sMonth>\\d{1,2})/(?<sDay>\\d{1,2})(?:/(?<sYear>\\d{2}|\\d{4}))?(?![\\d/])' +
  '|(?<![\\d-])(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})(?![\\d-])';
// A clock time: 5pm, 5:00 p.m. EST, noon. Written three times in the pattern (before a day,
// after one, and alone), so each copy gets its own group names.
const time = (n: string) =>
  `(?:at\\s)?(?:(?<hour${n}>\\d{1,2})(?::(?<minute${n}>\\d{2}))?\\s?(?<ampm${n}>[ap])(?:\\.m\\.?|m\\b)|(?<named${n}>noon|midday|midnight))` +
  '(?:\\s?(?:[ECMP][SD]?T|GMT|BST|UTC)\\b)?';

const PATTERN = new RegExp(
  `\\b(?:${MARK})?(?:${DURATION}|(?:(?:${time('')}),?\\s(?:on\\s)?)?(?:${DAY})(?:,?\\s(?:at\\s|by\\s|before\\s)?(?:${time('2')}))?|${time('3')})`,
  'gi',
);

const DURATION_MARKS = new Set(['within', 'in', 'have', 'has', 'give you', 'give u']);
const AS_OF = /as\sof\s$/i;
const RANGE_AFTER = /^\s?(?:-|–|to\b)/i;

/** Time limits written in English, resolved against `now`. */
export function findEnglishLimits(folded: string, now: Date): TimeHit[] {
  const hits: TimeHit[] = [];
  for (const match of limitedMatches(folded, PATTERN)) {
    const g = match.groups!;
    const mark = g.mark?.toLowerCase().replace(/\s+/g, ' ').replace(' the next', '');
    const end = match.index + match[0].length;
    const at = g.count !== undefined ? readDuration(g, mark, now) : readDay(g, mark, folded.slice(Math.max(0, match.index - 6), match.index), now);
    if (at === undefined) continue;
    // "Monday to Friday, 8am-8pm" gives opening hours, not a limit.
    if (mark === undefined && RANGE_AFTER.test(folded.slice(end, end + 5))) continue;
    hits.push({ start: match.index, end, at });
  }
  return hits;
}

type Groups = Record<string, string | undefined>;

function readDuration(g: Groups, mark: string | undefined, now: Date): Date | null | undefined {
  // "12 months in jail" is a span, not a limit: only "within", "in", "you have" make it one.
  if (mark === undefined || !DURATION_MARKS.has(mark)) return undefined;
  const count = EN_NUMBERS[g.count!.toLowerCase()] ?? Number(g.count);
  const unit = EN_DURATION_UNITS[g.unit!.toLowerCase().replace(/\s+/g, ' ')]!;
  return afterDuration(now, count, unit);
}

/**
 * Named days (today, end of the month) are limits anywhere; a weekday needs "this"/"next", a
 * limit word or a time; a date needs a limit word or a time; a time alone needs a limit word.
 */
function readDay(g: Groups, mark: string | undefined, before: string, now: Date): Date | null | undefined {
  const parts = readClock(g);
  const limitWord = mark !== undefined && !DURATION_MARKS.has(mark);
  const timed = parts.hour !== undefined;
  if (g.rel !== undefined) {
    if (AS_OF.test(before)) return undefined;
    const rel = EN_RELATIVE_DAYS[g.rel.toLowerCase().replace(/\s+/g, ' ')]!;
    parts.day = dayAfter(now, rel.offset);
    parts.period ??= rel.period;
  } else if (g.endUnit !== undefined || g.nextEndUnit !== undefined) {
    const shift = g.nextEndUnit === undefined ? 0 : 1;
    parts.day = (g.endUnit ?? g.nextEndUnit)!.toLowerCase() === 'week' ? weekdayFrom(now, 7, shift) : lastDayOfMonth(now, shift);
  } else if (g.weekday !== undefined) {
    if (!limitWord && !timed && g.wShift === undefined) return undefined;
    const shift = g.wShift?.trim().toLowerCase() === 'next' ? 1 : null;
    parts.day = weekdayFrom(now, EN_WEEKDAYS[g.weekday.toLowerCase()]!, shift);
  } else if (g.month !== undefined || g.month2 !== undefined) {
    if (!limitWord && !timed) return undefined;
    const month = EN_MONTHS[(g.month ?? g.month2)!.toLowerCase()]!;
    const day = Number(g.monthDay ?? g.dayMonth);
    const year = g.year ?? g.year2;
    parts.day = year ? calendarDay(Number(year), month, day) : dateWithoutYear(now, month, day);
  } else if (g.sMonth !== undefined) {
    if (!limitWord && !timed) return undefined;
    parts.day = slashDate(now, Number(g.sMonth), Number(g.sDay), g.sYear);
  } else if (g.isoYear !== undefined) {
    if (!limitWord && !timed) return undefined;
    parts.day = calendarDay(Number(g.isoYear), Number(g.isoMonth), Number(g.isoDay));
  } else if (!limitWord) {
    return undefined;
  } else if (g.ordinal !== undefined) {
    parts.day = nextDayOfMonth(now, Number(g.ordinal));
  }
  return limitMoment(parts, now);
}

/** 5/10 is month/day, as American notices write it, unless the first number cannot be a month. */
function slashDate(now: Date, first: number, second: number, yearText: string | undefined): Date | null {
  const [month, day] = first > 12 ? [second, first] : [first, second];
  if (yearText === undefined) return dateWithoutYear(now, month, day);
  const year = Number(yearText) + (yearText.length === 2 ? 2000 : 0);
  return calendarDay(year, month, day);
}

function readClock(g: Groups): TimeParts {
  const named = g.named ?? g.named2 ?? g.named3;
  if (named !== undefined) return { hour: named.toLowerCase() === 'midnight' ? 24 : 12, clock24: true };
  const hourText = g.hour ?? g.hour2 ?? g.hour3;
  if (hourText === undefined) return {};
  const minute = g.minute ?? g.minute2 ?? g.minute3;
  const hour = (Number(hourText) % 12) + ((g.ampm ?? g.ampm2 ?? g.ampm3)!.toLowerCase() === 'p' ? 12 : 0);
  return { hour, minute: minute === undefined ? 0 : Number(minute), clock24: true };
}
