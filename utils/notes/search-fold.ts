/**
 * Folds text so that a search matches however it was typed: full-width or
 * half-width (ＡＢＣ１２３ / ABC123), upper or lower case, Traditional or
 * Simplified Chinese (還款 / 还款). The notes and the query go through the same fold.
 */
import { SIMPLIFIED_CHARS, TRADITIONAL_CHARS } from './simplified-table';

let simplified: Map<string, string> | null = null;

function table(): Map<string, string> {
  if (!simplified) {
    simplified = new Map();
    for (let i = 0; i < TRADITIONAL_CHARS.length; i++) simplified.set(TRADITIONAL_CHARS[i]!, SIMPLIFIED_CHARS[i]!);
  }
  return simplified;
}

// Only Han characters (and the compatibility block) can need the table.
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** The search form of `text`: NFKC (widths), lower case, Simplified, spaces collapsed. */
export function foldForSearch(text: string): string {
  const map = table();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(HAN, (c) => map.get(c) ?? c)
    .replace(/\s+/g, ' ');
}

/** The words of a query, folded; every one must appear for a note to match. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query)
    .split(' ')
    .filter((term) => term.length > 0);
}
