import { Kind, kindAt, widthAt } from './char-kind';
import { foldUnit, leetLetter } from './fold';
import { spelledOutSeparators } from './letter-runs';
import { foldWidth } from './width';

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
const isWord = (k: number) => k === Kind.Latin || k === Kind.Digit;
const HYPHENS = new Set(['-', '_', '\u2010', '\u2011', '\u2012', '\u2013']);

/**
 * Folds a message so lexicon terms match however they were typed: full width, case,
 * Traditional characters, spaces or symbols slipped between characters (征 信, 起*诉,
 * l.a.w.s.u.i.t), zero-width and direction marks, emoji, look-alike letters.
 * Every folded unit remembers the original range it came from.
 */
export function normalize(original: string): Folded {
  const src = foldWidth(original);
  const n = src.length;
  const out = new Uint16Array(n);
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const spelled = spelledOutSeparators(src);
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
    while (j < n) {
      const k = kindAt(src, j);
      if (k !== Kind.Space && k !== Kind.Separator && k !== Kind.Newline && k !== Kind.Drop) break;
      if (k === Kind.Newline && newline === NONE) newline = j;
      j += widthAt(src, j);
    }
    const next = j < n ? kindAt(src, j) : NONE;
    if (last === NONE || next === NONE) return j;
    if (newline !== NONE) {
      push(10, newline, newline + 1);
      return j;
    }
    if (last === Kind.Han || next === Kind.Han) return j;
    if (isWord(last) && isWord(next)) {
      if (j - i === 1 && spelled[i]) return j;
      if (j - i === 1 && last === Kind.Latin && next === Kind.Latin) {
        const letter = leetLetter(src.charCodeAt(i));
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
      const k = kindAt(src, p);
      if (k === Kind.Space) {
        if (!spaced) push(32, p, p + 1);
        spaced = true;
      } else if (k === Kind.Separator && !spelled[p]) {
        push(foldUnit(src.charCodeAt(p)), p, p + 1);
        spaced = false;
      }
    }
    return j;
  };

  let i = 0;
  while (i < n) {
    const k = kindAt(src, i);
    const w = widthAt(src, i);
    if (k === Kind.Drop) {
      i += w;
      continue;
    }
    if (k === Kind.Space || k === Kind.Separator || k === Kind.Newline) {
      i = run(i);
      continue;
    }
    if (w === 2) {
      push(src.charCodeAt(i), i, i + 2);
      push(src.charCodeAt(i + 1), i, i + 2);
    } else {
      let code = foldUnit(src.charCodeAt(i));
      // A digit between two letters is a letter in disguise: c0urt, p0l1ce.
      if (k === Kind.Digit && last === Kind.Latin && i > 0 && kindAt(src, i - 1) === Kind.Latin && i + 1 < n && kindAt(src, i + 1) === Kind.Latin) {
        code = leetLetter(code) ?? code;
      }
      push(code, i, i + 1);
    }
    last = k;
    i += w;
  }
  return { text: decode(out, len), from: from.subarray(0, len), to: to.subarray(0, len) };
}

function decode(units: Uint16Array, len: number): string {
  let s = '';
  for (let p = 0; p < len; p += 4096) s += String.fromCharCode.apply(null, Array.from(units.subarray(p, Math.min(len, p + 4096))));
  return s;
}
