import { foldWidth } from '../text/width';
import type { Amount, Currency } from '../types';
import {
  COUNTERS,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  MONEY_VERB_FILLERS,
  MONEY_VERBS,
  NOT_MONEY_AFTER_KUAI,
  type MoneyMark,
} from './currency-words';
import { moneyRegion, type MoneyRegion } from './region';
import { hasLargeUnit, isNumeralChar, parseNumeral } from './numerals';

const escape = (word: string) => word.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');
const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const lowerKeys = (table: Readonly<Record<string, MoneyMark>>) =>
  new Map(Object.entries(table).map(([word, mark]) => [word.toLowerCase(), mark]));

const BEFORE_MARKS = lowerKeys(CURRENCY_BEFORE);
const AFTER_MARKS = lowerKeys(CURRENCY_AFTER);
// Anchored on short slices next to the number, so each test costs a few characters.
const BEFORE = new RegExp(`(${alternation(Object.keys(CURRENCY_BEFORE))}) ?$`, 'i');
const AFTER = new RegExp(`^ ?(${alternation(Object.keys(CURRENCY_AFTER))})(?![A-Za-z])`, 'i');
const MULTIPLIER = /^(?: ?(million|thousand)|([kKwWmM]))(?![A-Za-z])/;
const COUNTER = new RegExp(`^ ?(?:${alternation(COUNTERS)}|percent|per cent)`, 'i');
const LETTER = /[A-Za-z]/;
const DIGIT = /[0-9]/;
const HAN = /[\u3400-\u9fff]/;

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, w: 1e4, m: 1e6, million: 1e6 };

/** Every sum of money in the text, in reading order, with `万`, separators and currency resolved. */
export function findAmounts(text: string): Amount[] {
  const folded = foldWidth(text);
  const amounts: Amount[] = [];
  let region: MoneyRegion | null | undefined;
  for (const run of numberRuns(folded)) {
    const amount = readAmount(folded, run.start, run.end, () => (region === undefined ? (region = moneyRegion(folded)) : region));
    if (amount) {
      amounts.push({ ...amount, text: text.slice(amount.start, amount.end), spans: [{ start: amount.start, end: amount.end }] });
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
  const run = folded.slice(start, end).replace(/,/g, '');
  let value = parseNumeral(run);
  if (value === null) return null;

  const before = BEFORE.exec(folded.slice(Math.max(0, start - 8), start));
  const beforeWord = before?.[1];
  const beforeStart = before ? start - before[0].length : start;
  const beforeMark = beforeWord && !(LETTER.test(beforeWord[0]!) && LETTER.test(folded[beforeStart - 1] ?? ''))
    ? BEFORE_MARKS.get(beforeWord.toLowerCase())
    : undefined;
  if (!beforeMark && LETTER.test(folded[start - 1] ?? '')) return null;

  let cursor = end;
  const multiplier = MULTIPLIER.exec(folded.slice(cursor, cursor + 10));
  const scaleWord = multiplier ? (multiplier[1] ?? multiplier[2]!).toLowerCase() : '';
  // `5m` is five metres unless a currency says otherwise.
  if (multiplier && (scaleWord !== 'm' || beforeMark)) {
    value = Math.round(value * SCALE[scaleWord]! * 100) / 100;
    cursor += multiplier[0].length;
  }
  const tail = folded.slice(cursor, cursor + 10);
  if (COUNTER.test(tail) || (DIGIT.test(tail[0] ?? '') && !beforeMark)) return null;

  const after = AFTER.exec(tail);
  let afterMark = after ? AFTER_MARKS.get(after[1]!.toLowerCase()) : undefined;
  if (after && /[块塊]$/.test(after[1]!) && NOT_MONEY_AFTER_KUAI.includes(tail[after[0].length] ?? '')) afterMark = undefined;
  if (!afterMark && LETTER.test(tail[0] ?? '')) return null;

  const stop = afterMark ? cursor + after![0].length : cursor;
  if (beforeMark || afterMark) {
    return { value, currency: resolve(pick(beforeMark, afterMark)!, region), start: beforeStart, end: stop };
  }
  if (isWrittenOutSum(folded, start, end, scaleWord) || followsMoneyVerb(folded, start, run, value)) {
    return { value, currency: resolve('yuan', region, true), start, end: stop };
  }
  return null;
}

/** A named currency beats a shared symbol: `港幣62,000元` is Hong Kong dollars. */
function pick(before: MoneyMark | undefined, after: MoneyMark | undefined): MoneyMark | undefined {
  if (!before) return after;
  if (!after) return before;
  return before === 'dollar' || before === 'yuan' ? after : before;
}

function resolve(mark: MoneyMark, region: () => MoneyRegion | null, bare = false): Currency | null {
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
  if (scaleWord === 'k' || scaleWord === 'w') {
    return HAN.test(folded[start - 1] ?? '') || HAN.test(folded[end + 1] ?? '');
  }
  return hasLargeUnit(folded.slice(start, end));
}

/** `先还5000`, `转你1500`: a plain number right after a verb of paying. */
function followsMoneyVerb(folded: string, start: number, run: string, value: number): boolean {
  if (!/^[1-9]\d{1,6}(?:\.\d{1,2})?$/.test(run) || value < 10) return false;
  let at = start - 1;
  if (MONEY_VERB_FILLERS.includes(folded[at] ?? '')) at--;
  return MONEY_VERBS.includes(folded[at] ?? '') && folded[at - 1] !== '拨' && folded[at - 1] !== '撥';
}

interface Run {
  start: number;
  end: number;
}

/** Maximal runs of digits and Chinese numerals, with thousands separators and one decimal point. */
function* numberRuns(folded: string): Generator<Run> {
  let i = 0;
  while (i < folded.length) {
    if (!isNumeralChar(folded[i]!)) {
      i++;
      continue;
    }
    const start = i;
    let sawPoint = false;
    while (i < folded.length) {
      const char = folded[i]!;
      if (isNumeralChar(char)) {
        i++;
      } else if (char === ',' && DIGIT.test(folded[i - 1]!) && /^\d{3}(?!\d)/.test(folded.slice(i + 1, i + 5))) {
        i++;
      } else if (char === '.' && !sawPoint && DIGIT.test(folded[i - 1]!) && DIGIT.test(folded[i + 1] ?? '')) {
        sawPoint = true;
        i++;
      } else {
        break;
      }
    }
    yield { start, end: i };
  }
}
