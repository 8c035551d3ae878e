/**
 * The words collection messages use to set a time, in Chinese (Simplified, Traditional,
 * Cantonese) and English. Data only: deadlines-zh.ts and deadlines-en.ts read them.
 */

/** A day named relative to today, with the part of the day it implies. */
export interface RelativeDay {
  offset: number;
  period?: Period;
}

/** Parts of the day, each with the hour it ends at when no clock time is given. */
export type Period = 'early' | 'morning' | 'noon' | 'afternoon' | 'evening' | 'offWork';

/** The hour a bare part of the day means as a limit: "明天上午" is before noon. */
export const PERIOD_END_HOUR: Record<Period, number> = {
  early: 6,
  morning: 12,
  noon: 12,
  afternoon: 18,
  evening: 24,
  offWork: 18,
};

export const ZH_RELATIVE_DAYS: Record<string, RelativeDay> = {
  今天: { offset: 0 },
  今日: { offset: 0 },
  当天: { offset: 0 },
  當天: { offset: 0 },
  当日: { offset: 0 },
  當日: { offset: 0 },
  今早: { offset: 0, period: 'morning' },
  今晚: { offset: 0, period: 'evening' },
  今夜: { offset: 0, period: 'evening' },
  明天: { offset: 1 },
  明日: { offset: 1 },
  听日: { offset: 1 },
  聽日: { offset: 1 },
  明早: { offset: 1, period: 'morning' },
  听朝: { offset: 1, period: 'morning' },
  聽朝: { offset: 1, period: 'morning' },
  明晚: { offset: 1, period: 'evening' },
  后天: { offset: 2 },
  後天: { offset: 2 },
  大后天: { offset: 3 },
  大後天: { offset: 3 },
};

export const ZH_PERIODS: Record<string, Period> = {
  凌晨: 'early',
  早上: 'morning',
  早晨: 'morning',
  上午: 'morning',
  中午: 'noon',
  正午: 'noon',
  下午: 'afternoon',
  傍晚: 'afternoon',
  晚上: 'evening',
  夜里: 'evening',
  夜裡: 'evening',
  下班: 'offWork',
  收工: 'offWork',
  放工: 'offWork',
};

/** 本周五 is this week's Friday, 下周一 next week's Monday; none means the coming one. */
export const ZH_WEEK_SHIFT: Record<string, number> = {
  本: 0, 这: 0, 這: 0, 今: 0, 这个: 0, 這個: 0, 今个: 0, 今個: 0,
  下: 1, 下个: 1, 下個: 1, 下一个: 1, 下一個: 1,
};

/** Monday is 1, Sunday 7; 末 (周末) counts as the week's end. */
export const ZH_WEEKDAYS: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 末: 7,
  '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7,
};

export const ZH_MONTH_SHIFT: Record<string, number> = {
  本: 0, 这个: 0, 這個: 0, 今个: 0, 今個: 0, 当: 0, 當: 0, 下: 1, 下个: 1, 下個: 1,
};

/** Length of each unit of time in hours; business days are counted separately. */
export const ZH_DURATION_UNITS: Record<string, number | 'businessDay' | 'month'> = {
  分钟: 1 / 60, 分鐘: 1 / 60, 小时: 1, 小時: 1, 钟头: 1, 鐘頭: 1, 天: 24, 日: 24,
  工作日: 'businessDay', 营业日: 'businessDay', 營業日: 'businessDay',
  星期: 168, 礼拜: 168, 禮拜: 168, 周: 168, 週: 168, 个月: 'month', 個月: 'month',
};

export const EN_RELATIVE_DAYS: Record<string, RelativeDay> = {
  today: { offset: 0 },
  tonight: { offset: 0, period: 'evening' },
  'end of day': { offset: 0 },
  'end of the day': { offset: 0 },
  'end of today': { offset: 0 },
  eod: { offset: 0 },
  cob: { offset: 0, period: 'offWork' },
  'close of business': { offset: 0, period: 'offWork' },
  tomorrow: { offset: 1 },
  tmrw: { offset: 1 },
};

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Weekday names and their three-letter forms (plus tues, thur, thurs), Monday 1 … Sunday 7. */
export const EN_WEEKDAYS: Record<string, number> = Object.fromEntries([
  ...WEEKDAY_NAMES.flatMap((name, i) => [[name, i + 1], [name.slice(0, 3), i + 1]]),
  ['tues', 2], ['thur', 4], ['thurs', 4],
]);

/** Month names and their three-letter forms (plus sept), January 1 … December 12. */
export const EN_MONTHS: Record<string, number> = Object.fromEntries([
  ...MONTH_NAMES.flatMap((name, i) => [[name, i + 1], [name.slice(0, 3), i + 1]]),
  ['sept', 9],
]);

export const EN_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, 'twenty-one': 21, 'twenty-four': 24, 'twenty-eight': 28,
  thirty: 30, 'forty-five': 45, 'forty-eight': 48, sixty: 60, 'seventy-two': 72, ninety: 90,
};

export const EN_DURATION_UNITS: Record<string, number | 'businessDay' | 'month'> = {
  minute: 1 / 60, hour: 1, day: 24, 'business day': 'businessDay', 'working day': 'businessDay',
  week: 168, month: 'month',
};
