import { CHAR_VARIANTS, LEET } from '../lexicon/char-variants';
import { SIMPLIFIED, TRADITIONAL } from './script-table';

let table: Map<number, number> | undefined;

function foldTable(): Map<number, number> {
  if (table) return table;
  table = new Map();
  for (let i = 0; i < TRADITIONAL.length; i++) table.set(TRADITIONAL.charCodeAt(i), SIMPLIFIED.charCodeAt(i));
  for (const [from, to] of Object.entries(CHAR_VARIANTS)) table.set(from.charCodeAt(0), to.charCodeAt(0));
  // A Traditional character whose Simplified form has a variant of its own folds straight to the variant.
  for (const [from, to] of table) {
    const again = table.get(to);
    if (again !== undefined && again !== to) table.set(from, again);
  }
  return table;
}

/** The one spelling a single UTF-16 unit is matched as: lower case, Simplified, variants folded. */
export function foldUnit(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let folded = code;
  if (code < 0x2000) {
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length === 1) folded = lower.charCodeAt(0);
  }
  return foldTable().get(folded) ?? folded;
}

const LEET_CODES = new Map(Object.entries(LEET).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));

/** The letter a digit or sign stands for inside an English word, if it stands for one. */
export function leetLetter(code: number): number | undefined {
  return LEET_CODES.get(code);
}
