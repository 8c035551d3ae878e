import {
  afterDuration,
  calendarDay,
  dateWithoutYear,
  dayAfter,
  endOfDay,
  lastDayOfMonth,
  nextDayOfMonth,
  weekdayFrom,
} from './calendar';
import { limitMoment, type TimeHit, type TimeParts } from './limit';
import { limitedMatches } from './matches';
import { parseNumeral } from './numerals';
import {
  ZH_DURATION_UNITS,
  ZH_MONTH_SHIFT,
  ZH_PERIODS,
  ZH_RELATIVE_DAYS,
  ZH_WEEK_SHIFT,
  ZH_WEEKDAYS,
} from './time-words';

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const N = '\\d{1,3}|[一二两兩三四五六七八九十]{1,3}';
const PERIOD = alt(Object.keys(ZH_PERIODS));
const UNIT = alt(Object.keys(ZH_DURATION_UNITS));
// 周 alone is also a surname (周经理) and part of words (周转): a week needs 本/下 or a day.
const WEEK = '周|週|星期|礼拜|禮拜';
const WEEKDAY = `[${Object.keys(ZH_WEEKDAYS).join('')}]`;

// A span of time: "最后2小时" (a word that makes it a limit) or "3天内", "七日內", "3天后".
const DURATION =
  `(?<lead>最后|最後|只有|仅有|僅有|再给你|再給你|给你|給你)(?<leadN>${N}|半)(?:个|個)?(?<leadUnit>${UNIT})` +
  `|(?<durN>${N}|半)(?:个|個)?(?<durUnit>${UNIT})(?:之内|之內|以内|以內|内|內|之后|之後|以后|以後|后|後)`;
// A day: 今天, 本周五, 下禮拜三, 2024年3月10日, 本月25日, 本月底, 月底, 25日, 11/15, 2024/06/30.
const DAY =
  `(?<rel>${alt(Object.keys(ZH_RELATIVE_DAYS))})` +
  `|(?<wShift>${alt(Object.keys(ZH_WEEK_SHIFT))})(?<week>${WEEK})(?<wDay>${WEEKDAY})?|(?<week2>${WEEK})(?<wDay2>${WEEKDAY})` +
  `|(?:(?<year>\\d{4})年)?(?<month>${N})月(?<mDay>${N})[日号號]` +
  `|(?<mShift>${alt(Object.keys(ZH_MONTH_SHIFT))})月(?:(?<smDay>${N})[日号號]|(?<mEnd>底|末|尾)|(?<mIn>内|內))?` +
  '|月(?<bareEnd>底|末|尾)' +
  '|(?<![\\d月/])(?<bDay>\\d{1,2})[日号號]' +
  '|(?<![\\d/])(?<sMonth>\\d{1,2})/(?<sDay>\\d{1,2})(?![\\d/])' +
  '|(?<![\\d/.-])(?<nYear>\\d{4})(?<sep>[/.-])(?<nMonth>\\d{1,2})\\k<sep>(?<nDay>\\d{1,2})(?![\\d/.-])';
// A clock time or a part of the day: 18点, 下午六點半, 23:59, 中午, 下班. Written twice in the
// pattern (after a day, and alone), so each copy gets its own group names.
const time = (n: string) =>
  `(?<period${n}>${PERIOD})?(?:(?<hour${n}>${N})[点點时時](?<minute${n}>半|\\d{1,2}分?)?|(?<hh${n}>\\d{1,2}):(?<mm${n}>\\d{2}))|(?<lonePeriod${n}>${PERIOD})`;
const LIMIT = '(?<limit>或之前|或以前|之前|以前|为止|為止|之内|之內|以内|以內|前|止|内|內)?';

const PATTERN = new RegExp(`(?:${DURATION}|(?:${DAY})(?: ?(?:${time('')}))?|${time('2')})${LIMIT}`, 'g');

// Words before a date that make it a limit ("请于…", "截止日为…", "至…").
const LIMIT_BEFORE = /(?:(?:请|請|须|須|应|應|需|务必|務必)您?(?:于|於|在)|最迟|最遲|截止(?:日期?)?[为為是:]?|期限(?:为|為|至)?|[还還缴繳]款日[为為是:]?|(?<!截)至|到|限)$/;
// "将于5月18日" sets a date to come, "您于2023年5月12日申请" recalls one: 于 counts only ahead of now.
const ON_DATE = /[于於]$/;
// 截至 is "as of" when what follows is today or earlier, "until" when it is still to come.
const AS_OF = /(?:截至|截止到|截止)$/;
const NOT_A_LIMIT_AFTER = /^(?:第|已经|已經)/;
const OVERDUE_BEFORE = /(?:逾期|已经|已經|已)$/;

/** Time limits written in Chinese (Simplified, Traditional and Cantonese), resolved against `now`. */
export function findChineseLimits(folded: string, now: Date): TimeHit[] {
  const hits: TimeHit[] = [];
  for (const match of limitedMatches(folded, PATTERN)) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    const before = folded.slice(Math.max(0, start - 6), start);
    const onDate = ON_DATE.test(before);
    const marked = g.limit !== undefined || LIMIT_BEFORE.test(before) || onDate;
    const at = g.leadUnit ?? g.durUnit ? readDuration(g, before, now) : readDay(g, folded.slice(end, end + 3), marked, now);
    if (at === undefined) continue;
    const past = at !== null && at.getTime() <= endOfDay(now).getTime();
    if (past && (AS_OF.test(before) || (onDate && g.limit === undefined && at < now))) continue;
    hits.push({ start, end, at });
  }
  return hits;
}

type Groups = Record<string, string | undefined>;

function readDuration(g: Groups, before: string, now: Date): Date | null {
  const count = (g.leadN ?? g.durN)!;
  const unitWord = (g.leadUnit ?? g.durUnit)!;
  // "逾期60天内" counts from a day the message does not give.
  if (g.durN !== undefined && OVERDUE_BEFORE.test(before)) return null;
  const amount = count === '半' ? 0.5 : parseNumeral(count);
  return amount === null ? null : afterDuration(now, amount, ZH_DURATION_UNITS[unitWord]!);
}

/**
 * A day and time. Named days (今天, 本周五, 月底) are limits wherever they stand; a bare date
 * or clock time is one only with a limit word (前, 之前, 请于, 至), so "于03月12日14:22消费" is not.
 */
function readDay(g: Groups, after: string, marked: boolean, now: Date): Date | null | undefined {
  const parts: TimeParts = readClock(g);
  if (g.rel !== undefined) {
    if (NOT_A_LIMIT_AFTER.test(after)) return undefined;
    const rel = ZH_RELATIVE_DAYS[g.rel]!;
    parts.day = dayAfter(now, rel.offset);
    parts.period ??= rel.period;
  } else if (g.week !== undefined || g.week2 !== undefined) {
    const day = g.wDay ?? g.wDay2;
    const weekday = day === undefined ? 7 : ZH_WEEKDAYS[day]!;
    parts.day = weekdayFrom(now, weekday, g.wShift === undefined ? null : ZH_WEEK_SHIFT[g.wShift]!);
  } else if (g.mShift !== undefined) {
    // 本月底 and 本月内 are limits; 本月 alone only after 限, 至, 到 (只限今個月, 延期到下个月).
    if (g.smDay === undefined && g.mEnd === undefined && g.mIn === undefined && !marked) return undefined;
    const shift = ZH_MONTH_SHIFT[g.mShift]!;
    parts.day = g.smDay === undefined ? lastDayOfMonth(now, shift) : dayOfMonth(now, shift, g.smDay);
  } else if (g.bareEnd !== undefined) {
    parts.day = lastDayOfMonth(now, 0);
  } else if (!marked) {
    return undefined;
  } else if (g.month !== undefined) {
    const month = parseNumeral(g.month);
    const day = parseNumeral(g.mDay!);
    if (month === null || day === null) return null;
    parts.day = g.year ? calendarDay(Number(g.year), month, day) : dateWithoutYear(now, month, day);
  } else if (g.bDay !== undefined) {
    parts.day = nextDayOfMonth(now, Number(g.bDay));
  } else if (g.sMonth !== undefined) {
    parts.day = dateWithoutYear(now, Number(g.sMonth), Number(g.sDay));
  } else if (g.nYear !== undefined) {
    parts.day = calendarDay(Number(g.nYear), Number(g.nMonth), Number(g.nDay));
  }
  return limitMoment(parts, now);
}

function dayOfMonth(now: Date, shift: number, dayWord: string): Date | null {
  const day = parseNumeral(dayWord);
  return day === null ? null : calendarDay(now.getFullYear(), now.getMonth() + 1 + shift, day);
}

function readClock(g: Groups): TimeParts {
  const n = g.period2 ?? g.lonePeriod2 ?? g.hour2 ?? g.hh2 ? '2' : '';
  const period = g[`period${n}`] ?? g[`lonePeriod${n}`];
  const parts: TimeParts = { period: period === undefined ? undefined : ZH_PERIODS[period] };
  const hh = g[`hh${n}`];
  const hour = g[`hour${n}`];
  const minute = g[`minute${n}`];
  if (hh !== undefined) {
    parts.hour = Number(hh);
    parts.minute = Number(g[`mm${n}`]);
  } else if (hour !== undefined) {
    parts.hour = parseNumeral(hour) ?? undefined;
    parts.minute = minute === undefined ? undefined : minute === '半' ? 30 : parseInt(minute, 10);
  }
  return parts;
}
