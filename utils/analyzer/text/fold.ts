import { CHAR_VARIANTS, LEET } from '../lexicon/char-variants';
import { SIMPLIFIED, TRADITIONAL } from './script-table';

const HAN_START = 0x3400;
const HAN_END = 0x9fff;

let hanFold: Uint16Array | undefined;
let otherFold: Map<number, number> | undefined;

// Built on first use: one flat table for the Han block keeps folding a single array read.
function build(): void {
  const pairs = new Map<number, number>();
  for (let i = 0; i < TRADITIONAL.length; i++) pairs.set(TRADITIONAL.charCodeAt(i), SIMPLIFIED.charCodeAt(i));
  for (const [from, to] of Object.entries(CHAR_VARIANTS)) pairs.set(from.charCodeAt(0), to.charCodeAt(0));
  // A Traditional character whose Simplified form has a variant of its own folds straight to the variant.
  for (const [from, to] of pairs) {
    const again = pairs.get(to);
    if (again !== undefined && again !== to) pairs.set(from, again);
  }
  hanFold = new Uint16Array(HAN_END - HAN_START + 1);
  otherFold = new Map();
  for (const [from, to] of pairs) {
    if (from >= HAN_START && from <= HAN_END) hanFold[from - HAN_START] = to;
    else otherFold.set(from, to);
  }
}

/** The one spelling a single UTF-16 unit is matched as: lower case, Simplified, variants folded. */
export function foldUnit(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  // Circled letters (Ⓟⓞⓛⓘⓒⓔ) are letters in disguise.
  if (code >= 0x24b6 && code <= 0x24e9) return 97 + ((code - 0x24b6) % 26);
  if (!hanFold) build();
  if (code >= HAN_START && code <= HAN_END) return hanFold![code - HAN_START] || code;
  let folded = code;
  if (code < 0x2000) {
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length === 1) folded = lower.charCodeAt(0);
  }
  return otherFold!.get(folded) ?? folded;
}

const LEET_CODES = new Map(Object.entries(LEET).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));

/** The letter a digit or sign stands for inside an English word, if it stands for one. */
export function leetLetter(code: number): number | undefined {
  return LEET_CODES.get(code);
}
