import { isPair, Kind, kindOf, styledLetter } from './char-kind';
import { foldUnit, leetLetter } from './fold';
import { spelledOutSeparators } from './letter-runs';
import { foldWidthUnit } from './width';

/** A message folded for matching, with the way back to the original. */
export interface Folded {
  /** Lower case, Simplified, dodges and decoration removed. */
  text: string;
  /** Where each unit of `text` starts in the original. */
  from: Int32Array;
  /** Where each unit of `text` ends in the original. */
  to: Int32Array;
}

const NONE = -1;
/** Marks the second half of a surrogate pair in the kinds array. */
const PAIR_TAIL = 255;
// The kinds as plain constants: they are compared for every character, and a constant
// costs less than reading a property of the imported object each time.
const { Drop, Space, Newline, Separator, Han, Latin, Digit } = Kind;
const isWord = (k: number) => k === Latin || k === Digit;
const isGap = (k: number) => k === Space || k === Separator || k === Newline || k === Drop || k === PAIR_TAIL;
const HYPHENS = new Set([45, 95, 0x2010, 0x2011, 0x2012, 0x2013]);

/**
 * Folds a message so lexicon terms match however they were typed: full width, case,
 * Traditional characters, spaces or symbols slipped between characters (征 信, 起*诉,
 * l.a.w.s.u.i.t), zero-width and direction marks, emoji, look-alike letters.
 * Every folded unit remembers the original range it came from.
 */
export function normalize(original: string): Folded {
  const n = original.length;
  const { src, kinds, out } = workspace(n);
  for (let i = 0; i < n; i++) src[i] = foldWidthUnit(original.charCodeAt(i));
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? src[i + 1]! : 0;
    kinds[i] = kindOf(src[i]!, next);
    if (isPair(src[i]!, next)) kinds[++i] = PAIR_TAIL;
  }
  const spelled = spelledOutSeparators(src, kinds);
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  let len = 0;
  let last: number = NONE;

  const push = (code: number, start: number, end: number) => {
    out[len] = code;
    from[len] = start;
    to[len] = end;
    len++;
  };

  // A run of spaces and separators: kept, collapsed or dropped depending on what it sits between.
  const run = (i: number): number => {
    let j = i;
    let newline = NONE;
    while (j < n && isGap(kinds[j]!)) {
      if (kinds[j] === Newline && newline === NONE) newline = j;
      j++;
    }
    const next = j < n ? kinds[j]! : NONE;
    if (last === NONE || next === NONE) return j;
    if (newline !== NONE) {
      push(10, newline, newline + 1);
      return j;
    }
    if (last === Han || next === Han) return j;
    if (j - i === 1 && isWord(last) && isWord(next)) {
      if (spelled[i]) return j;
      if (last === Latin && next === Latin) {
        const letter = leetLetter(src[i]!);
        if (letter !== undefined) {
          push(letter, i, j);
          return j;
        }
        if (HYPHENS.has(src[i]!)) {
          push(32, i, j);
          return j;
        }
      }
    }
    let spaced = false;
    for (let p = i; p < j; p++) {
      const k = kinds[p];
      if (k === Space) {
        if (!spaced) push(32, p, p + 1);
        spaced = true;
      } else if (k === Separator && !spelled[p]) {
        push(foldUnit(src[p]!), p, p + 1);
        spaced = false;
      }
    }
    return j;
  };

  let i = 0;
  while (i < n) {
    const k = kinds[i]!;
    if (isGap(k)) {
      if (k === Drop || k === PAIR_TAIL) {
        i++;
        continue;
      }
      i = run(i);
      continue;
    }
    if (i + 1 < n && kinds[i + 1] === PAIR_TAIL) {
      if (k === Latin) {
        push(styledLetter(src[i]!, src[i + 1]!)!, i, i + 2);
      } else {
        push(src[i]!, i, i + 2);
        push(src[i + 1]!, i, i + 2);
      }
      i += 2;
    } else {
      let code = foldUnit(src[i]!);
      // A digit between two letters is a letter in disguise: c0urt, p0l1ce.
      if (k === Digit && last === Latin && kinds[i - 1] === Latin && kinds[i + 1] === Latin) {
        code = leetLetter(code) ?? code;
      }
      push(code, i, i + 1);
      i++;
    }
    last = k;
  }
  return { text: decode(out, len), from: from.subarray(0, len), to: to.subarray(0, len) };
}

/** Messages up to this long fold in reused buffers; a longer one gets its own, so none stays held. */
const REUSED_LENGTH = 4096;
const reused = { src: new Uint16Array(REUSED_LENGTH), kinds: new Uint8Array(REUSED_LENGTH), out: new Uint16Array(REUSED_LENGTH) };

/**
 * The working arrays for a message of `n` units, each exactly `n` long. Fresh typed arrays
 * for every message cost more in garbage collection than the folding itself, so ordinary
 * messages share one set: `normalize` runs to the end before anything reads them again,
 * and it writes every unit it later reads.
 */
function workspace(n: number): { src: Uint16Array; kinds: Uint8Array; out: Uint16Array } {
  if (n > REUSED_LENGTH) return { src: new Uint16Array(n), kinds: new Uint8Array(n), out: new Uint16Array(n) };
  return { src: reused.src.subarray(0, n), kinds: reused.kinds.subarray(0, n), out: reused.out.subarray(0, n) };
}

function decode(units: Uint16Array, len: number): string {
  let s = '';
  // In slices: one call with a huge argument list would overflow the stack.
  for (let p = 0; p < len; p += 8192) s += String.fromCharCode.apply(null, units.subarray(p, Math.min(len, p + 8192)) as unknown as number[]);
  return s;
}
