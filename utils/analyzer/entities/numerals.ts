/**
 * Reads numbers written with Arabic digits, Chinese numerals (daily and the banks' 大写
 * forms) or a mix of the two (4萬5千, 3.5万), as collection messages write them.
 */

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const NUMERAL_CHARS = '0123456789' + Object.keys(DIGIT).join('') + Object.keys(SMALL_UNIT).join('') + Object.keys(BIG_UNIT).join('');
// By code in a flat table rather than by one-character string: it is asked for every
// character of every message, and `text[i]` would build a new string for each Chinese character.
const NUMERAL_CODES = new Uint8Array(0x10000);
for (const c of NUMERAL_CHARS) NUMERAL_CODES[c.charCodeAt(0)] = 1;

/** True when the unit at `i` is an Arabic digit or a character a Chinese numeral may contain. */
function isNumeralAt(text: string, i: number): boolean {
  return NUMERAL_CODES[text.charCodeAt(i)] === 1;
}

/** Whether a run holds a unit of a hundred or more, the mark of a written-out sum. */
export function hasLargeUnit(run: string): boolean {
  for (const char of run) {
    if ((SMALL_UNIT[char] ?? 0) >= 100 || char in BIG_UNIT) return true;
  }
  return false;
}

const ARABIC = /^\d+(?:\.\d+)?/;

/**
 * The value of a numeral such as `21884.56`, `三千六百`, `两万三`, `4萬5千`, `3.5万` or `壹仟`;
 * null when the run is not one well-formed number (`千万`, `二零二四`, `万一`).
 */
export function parseNumeral(run: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let sawZero = false;
  let loneDigit = false;
  let i = 0;
  while (i < run.length) {
    const char = run[i]!;
    const arabic = char >= '0' && char <= '9' ? ARABIC.exec(run.slice(i, i + 24)) : null;
    if (arabic) {
      if (digit !== null) return null;
      digit = Number(arabic[0]);
      // 1万5 reads like 一万五: a lone digit after a unit counts in the next unit down.
      loneDigit = arabic[0].length === 1;
      i += arabic[0].length;
      continue;
    }
    i++;
    if (char in DIGIT) {
      if (DIGIT[char] === 0) {
        if (digit !== null) return null;
        sawZero = true;
        continue;
      }
      if (digit !== null) return null;
      digit = DIGIT[char]!;
      loneDigit = true;
    } else if (char in SMALL_UNIT) {
      const unit = SMALL_UNIT[char]!;
      // 十 may stand alone at the start (十五 = 15); every other unit needs a digit before it,
      // but for the spoken 千五 (1,500).
      const lead = digit ?? (section === 0 && total === 0 && (unit === 10 || isSpokenLead(run, i)) ? 1 : null);
      if (lead === null || (lastUnit && lastUnit <= unit && lastUnit < 1e4)) return null;
      section += lead * unit;
      lastUnit = unit;
      digit = null;
      sawZero = false;
    } else if (char in BIG_UNIT) {
      const unit = BIG_UNIT[char]!;
      // 萬二 is the spoken 一萬二 (12,000); a unit with nothing before it is otherwise no number.
      const lead = digit ?? (section === 0 && unit === 1e4 && isSpokenLead(run, i) ? 1 : null);
      if (lead === null && section === 0) return null;
      const value = section + (lead ?? 0);
      total = unit === 1e8 ? (total + value) * unit : total + value * unit;
      section = 0;
      lastUnit = unit;
      digit = null;
      sawZero = false;
    } else {
      return null;
    }
  }
  if (digit !== null) {
    // 两万三 and 三千五 leave the next unit unsaid: the trailing digit counts in it.
    const implied = loneDigit && lastUnit >= 100 && !sawZero ? lastUnit / 10 : 1;
    section += digit * implied;
  }
  const value = total + section;
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : null;
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/**
 * Whether the unit just read (`run[at - 1]`) opens the run and is followed by one digit
 * from two to nine and nothing else: 萬二, 千五. Not 万一 ("in case"), not 千万 ("by all means").
 */
function isSpokenLead(run: string, at: number): boolean {
  const next = run[at];
  return at === 1 && run.length === 2 && next !== undefined && (DIGIT[next] ?? 0) >= 2;
}

/** Where a numeral lies in the text. */
export interface Run {
  start: number;
  end: number;
}

/**
 * The first `limit` maximal runs of digits and Chinese numerals, with thousands separators and
 * one decimal point. A list rather than a generator: it is read for every message.
 */
export function numberRuns(folded: string, limit: number): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < folded.length && runs.length < limit) {
    if (!isNumeralAt(folded, i)) {
      i++;
      continue;
    }
    const start = i;
    let sawPoint = false;
    while (i < folded.length) {
      const char = folded[i]!;
      // `9,800兩個月` is a sum and then a count: after a digit only a unit (万, 千) goes on.
      // So does `三萬二一年`: the digit that closes a spoken sum (萬二) ends it.
      if (isNumeralAt(folded, i) && !(isDigit(folded[i - 1]) && char in DIGIT) && !closesSpokenSum(folded, i)) {
        i++;
      } else if (char === ',' && isDigit(folded[i - 1]) && (isThreeDigits(folded, i + 1) || isIndianGroup(folded, i + 1))) {
        i++;
      } else if (char === '.' && !sawPoint && isDigit(folded[i - 1]) && isDigit(folded[i + 1])) {
        sawPoint = true;
        i++;
      } else {
        break;
      }
    }
    runs.push({ start, end: i });
  }
  return runs;
}

/** A Chinese digit right after a unit and its one digit (萬二|一): the sum said, then a count. */
function closesSpokenSum(folded: string, i: number): boolean {
  const unit = folded[i - 2], last = folded[i - 1];
  return (
    folded[i]! in DIGIT &&
    last !== undefined && (DIGIT[last] ?? 0) > 0 &&
    unit !== undefined && (unit in BIG_UNIT || (SMALL_UNIT[unit] ?? 0) >= 100)
  );
}

function isThreeDigits(folded: string, at: number): boolean {
  return isDigit(folded[at]) && isDigit(folded[at + 1]) && isDigit(folded[at + 2]) && !isDigit(folded[at + 3]);
}

/** Indian grouping puts two digits between commas before the last three: ₹1,20,450. */
function isIndianGroup(folded: string, at: number): boolean {
  return isDigit(folded[at]) && isDigit(folded[at + 1]) && folded[at + 2] === ',' && isDigit(folded[at + 3]);
}
