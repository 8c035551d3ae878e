import { foldedOnce } from './folded';
import type { Amount, Currency } from '../types';
import {
  COUNTERS,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  LETTER_CURRENCIES,
  MONEY_WORD_FILLERS,
  MONEY_WORDS,
  NOT_MONEY_AFTER_KUAI,
  RESTATEMENT_MARKS,
  type MoneyMark,
} from './currency-words';
import { MAX_MATCHES } from './matches';
import { hasLargeUnit, numberRuns, parseNumeral } from './numerals';
import { moneyRegion, type MoneyRegion } from './region';
import { readSpacedOut } from './spaced-out';

const escape = (word: string) => word.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');
const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const lowerKeys = (table: Readonly<Record<string, MoneyMark>>) =>
  new Map(Object.entries(table).map(([word, mark]) => [word.toLowerCase(), mark]));

const BEFORE_MARKS = lowerKeys(CURRENCY_BEFORE);
const BEFORE_LENGTHS = [...new Set([...BEFORE_MARKS.keys()].map((word) => word.length))].sort((a, b) => b - a);
// The characters a currency written before a number can end with (`$`, `B` of RMB, `币`): a number
// after any other character has none, and is spared the slices of every length.
const BEFORE_LAST = new Set([...BEFORE_MARKS.keys()].map((word) => word[word.length - 1]!));
const AFTER_MARKS = lowerKeys(CURRENCY_AFTER);
// Anchored at the start of a short slice after the number: each test costs a few characters.
const AFTER = new RegExp(`^ ?(${alternation(Object.keys(CURRENCY_AFTER))})(?![A-Za-z])`, 'i');
const MULTIPLIER = /^(?: ?(million|thousand|grand|lakhs?|lacs?|crores?)|([kKwWmM]))(?![A-Za-z])/;
const SPLIT_INTO = /^ ?分[成期开開摊攤]/;
const COUNTER = new RegExp(`^ ?(?:${alternation(COUNTERS)}|percent|per cent)(?![A-Za-z])`, 'i');
// A space may stand before the number, as chats write it: `货款 46800`.
const AFTER_MONEY_WORD = new RegExp(`(?:${alternation(MONEY_WORDS)})(?:${alternation(MONEY_WORD_FILLERS)})? ?$`);
// How far back a money word and its filler can start.
const MONEY_WORD_REACH = Math.max(...MONEY_WORDS.map((w) => w.length)) + Math.max(...MONEY_WORD_FILLERS.map((w) => w.length)) + 1;
const RESTATED = new RegExp(`(?:${alternation(RESTATEMENT_MARKS)}):?$`);
const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  grand: 1e3,
  w: 1e4,
  m: 1e6,
  million: 1e6,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  crore: 1e7,
  crores: 1e7,
};
// `8,500` with no currency and no unit after it: in these messages, grouped thousands are a sum.
const GROUPED = /^\d{1,3}(?:(?:,\d{2})+,\d{3}|(?:,\d{3})+)(?:\.\d{1,2})?$/;
// English words that may follow such a bare sum and keep it a sum: `2,150 by Friday`,
// `if 3,800 not paid`. Any other word makes it a count: `1,200 customers`.
const SUM_GOES_ON = /^ ?(?:by|before|b4|till|until|within|not|still|due|owed|owing|overdue|outstanding|today|tonight|tomorrow|now|asap)(?![A-Za-z])/i;
// A numeral longer than this is a serial number or noise, never a sum someone wrote.
const MAX_RUN = 32;

const isLetter = (char: string | undefined) => char !== undefined && /^[A-Za-z]$/.test(char);
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const isHan = (char: string | undefined) => char !== undefined && char >= '\u3400' && char <= '\u9fff';

/** Every sum of money in the text, in reading order, with `万`, separators and currency resolved. */
export function findAmounts(text: string): Amount[] {
  return readSpacedOut(text, amountsIn);
}

function amountsIn(text: string): Amount[] {
  const folded = foldedOnce(text);
  const amounts: Amount[] = [];
  let region: MoneyRegion | null | undefined;
  const regionOnce = () => (region === undefined ? (region = moneyRegion(folded)) : region);
  for (const run of numberRuns(folded, MAX_MATCHES)) {
    const amount = run.end - run.start <= MAX_RUN ? readAmount(folded, run.start, run.end, regionOnce) : null;
    if (amount && !restatesLast(folded, amount, amounts[amounts.length - 1])) {
      const { value, currency, start, end } = amount;
      amounts.push({ value, currency, start, end, text: text.slice(start, end), spans: [{ start, end }] });
    }
  }
  return amounts;
}

interface Found {
  value: number;
  currency: Currency | null;
  start: number;
  end: number;
}

function readAmount(folded: string, start: number, end: number, region: () => MoneyRegion | null): Found | null {
  const before = currencyBefore(folded, start) ?? letterCurrency(folded, start, end);
  if (!before && isLetter(folded[start - 1])) return null;

  let cursor = end;
  const multiplier = MULTIPLIER.exec(folded.slice(cursor, cursor + 10));
  const scaleWord = multiplier ? (multiplier[1] ?? multiplier[2]!).toLowerCase() : '';
  // `5m` is five metres unless a currency says otherwise.
  const scaled = multiplier !== null && (scaleWord !== 'm' || before !== null);
  if (scaled) cursor += multiplier[0].length;
  // `2,300多元`: "some 2,300 yuan" is still the sum 2,300.
  // So are `两千四百多，` and `2k多，`: "some" with nothing counted after it.
  if (/^[多余餘]/.test(folded.slice(cursor, cursor + 1))) {
    const next = folded.slice(cursor + 1, cursor + 11);
    if (AFTER.test(next) || ((hasLargeUnit(folded.slice(start, end)) || scaled) && !COUNTER.test(next) && !isHan(next[0]))) cursor++;
  }
  const tail = folded.slice(cursor, cursor + 10);
  // After a currency a counter word is the next phrase: `HK$12,000分12期`. So is a Chinese
  // word after a space that follows a written-out sum: `四萬八 月底前有效` (chats use spaces as commas).
  // `8,400分成12期` splits a sum; 分 there counts no minutes or points.
  const counted =
    COUNTER.test(tail) && !SPLIT_INTO.test(tail) && !(tail[0] === ' ' && isHan(tail[1]) && Array.from(folded.slice(start, end)).some(isHan));
  if ((counted && (!before || /^ ?[%‰]/.test(tail))) || (isDigit(tail[0]) && !before)) return null;

  const after = AFTER.exec(tail);
  let afterMark = after ? AFTER_MARKS.get(after[1]!.toLowerCase()) : undefined;
  if (after && /[块塊]$/.test(after[1]!) && NOT_MONEY_AFTER_KUAI.includes(tail[after[0].length] ?? '')) afterMark = undefined;
  if (!afterMark && isLetter(tail[0])) return null;

  const run = folded.slice(start, end).replace(/,/g, '');
  // "2 grand" is money by its own word.
  const marked = before !== null || afterMark !== undefined || scaleWord === 'grand';
  if (
    !marked &&
    !isWrittenOutSum(folded, start, end, scaled ? scaleWord : '') &&
    !followsMoneyWord(folded, start, run, scaled) &&
    !(GROUPED.test(folded.slice(start, end)) && (!/^ ?[A-Za-z]/.test(tail) || SUM_GOES_ON.test(tail)))
  ) {
    return null;
  }
  const parsed = parseNumeral(run);
  if (parsed === null) return null;
  const value = scaled ? Math.round(parsed * SCALE[scaleWord]! * 100) / 100 : parsed;
  const stop = afterMark ? cursor + after![0].length : cursor;
  const mark = marked ? (pick(before?.mark, afterMark) ?? 'other') : 'yuan';
  return { value, currency: resolve(mark, region, !marked), start: before?.start ?? start, end: stop };
}

/** A currency written just before the number (`HK$`, `人民币`, `USD `), found by lookup, not search. */
function currencyBefore(folded: string, start: number): { mark: MoneyMark; start: number } | null {
  for (const gap of [0, 1]) {
    if (gap === 1 && folded[start - 1] !== ' ') break;
    const last = folded[start - gap - 1];
    if (last === undefined || !BEFORE_LAST.has(last.toLowerCase())) continue;
    for (const length of BEFORE_LENGTHS) {
      const from = start - gap - length;
      if (from < 0) continue;
      const mark = BEFORE_MARKS.get(folded.slice(from, start - gap).toLowerCase());
      // A code glued to a word (`XUSD5`) is not a currency.
      if (mark && !(isLetter(folded[from]) && isLetter(folded[from - 1]))) return { mark, start: from };
    }
  }
  return null;
}

/** `N80,000`, `P7,850`: a lone currency letter, trusted only before grouped thousands. */
function letterCurrency(folded: string, start: number, end: number): { mark: MoneyMark; start: number } | null {
  const letter = folded[start - 1];
  if (letter === undefined || !LETTER_CURRENCIES.includes(letter)) return null;
  const lead = folded[start - 2];
  if (isLetter(lead) || isDigit(lead) || !GROUPED.test(folded.slice(start, end))) return null;
  return { mark: 'other', start: start - 1 };
}

/** A named currency beats a shared symbol: `港幣62,000元` is Hong Kong dollars. */
function pick(before: MoneyMark | undefined, after: MoneyMark | undefined): MoneyMark | undefined {
  if (!before) return after;
  if (!after) return before;
  return before === 'dollar' || before === 'yuan' ? after : before;
}

function resolve(mark: MoneyMark, region: () => MoneyRegion | null, bare: boolean): Currency | null {
  if (mark === 'other') return null;
  if (mark !== 'dollar' && mark !== 'yuan') return mark;
  const place = region();
  if (place === 'HK') return 'HKD';
  if (place === 'TW') return 'TWD';
  if (bare) return place === 'CN' ? 'CNY' : null;
  return mark === 'dollar' ? 'USD' : 'CNY';
}

/** `两千`, `1.8万`, `2w`: a large written-out number with no currency still reads as a sum. */
function isWrittenOutSum(folded: string, start: number, end: number, scaleWord: string): boolean {
  if (folded[start - 1] === '第') return false;
  if (scaleWord === 'k' || scaleWord === 'w') return isHan(folded[start - 1]) || isHan(folded[end + 1]);
  return hasLargeUnit(folded.slice(start, end));
}

/** `先还5000`, `转你1500`, `本金5000`: a plain number right after a word of paying or owing. */
function followsMoneyWord(folded: string, start: number, run: string, scaled: boolean): boolean {
  // One digit is a sum only with a unit: `owe 5k`, not `owe 5 times`.
  if (!(scaled ? /^[1-9]\d{0,6}(?:\.\d{1,2})?$/ : /^[1-9]\d{1,6}(?:\.\d{1,2})?$/).test(run)) return false;
  // `回电0755-2684 1190转8036` is an extension, not a transfer of 8,036.
  if (/\d ?[转轉] ?$/.test(folded.slice(Math.max(0, start - 4), start))) return false;
  return AFTER_MONEY_WORD.test(folded.slice(Math.max(0, start - MONEY_WORD_REACH), start).toLowerCase());
}

/**
 * `12,000.00元（大写：壹万贰仟元整）` and `叁万伍仟元整（35,000元）` name one sum twice: keep it once.
 */
function restatesLast(folded: string, amount: Found, last: Amount | undefined): boolean {
  if (last?.value !== amount.value) return false;
  const before = folded.slice(Math.max(0, amount.start - 4), amount.start);
  const between = folded.slice(last.spans[0]!.end, amount.start);
  return RESTATED.test(before) || /^[整正]? ?[（(]$/.test(between);
}
