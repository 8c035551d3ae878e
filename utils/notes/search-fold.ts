/**
 * Folds text so that a search matches however it was typed: full-width or
 * half-width (ＡＢＣ１２３ / ABC123), upper or lower case, Traditional or
 * Simplified Chinese (還款 / 还款). The notes and the query go through the same fold.
 */
import { SIMPLIFIED_CHARS, TRADITIONAL_CHARS } from './simplified-table';

let table: { simplified: Map<string, string>; traditional: RegExp } | null = null;

function conversion() {
  if (!table) {
    const simplified = new Map<string, string>();
    for (let i = 0; i < TRADITIONAL_CHARS.length; i++) simplified.set(TRADITIONAL_CHARS[i]!, SIMPLIFIED_CHARS[i]!);
    // Matching only the characters that change keeps Simplified text, most of it, untouched.
    table = { simplified, traditional: new RegExp(`[${TRADITIONAL_CHARS}]`, 'g') };
  }
  return table;
}

/** The search form of `text`: NFKC (widths), lower case, Simplified, spaces collapsed. */
export function foldForSearch(text: string): string {
  const { simplified, traditional } = conversion();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(traditional, (c) => simplified.get(c)!)
    .replace(/\s+/g, ' ');
}

/** The words of a query, folded; every one must appear for a note to match. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query)
    .split(' ')
    .filter((term) => term.length > 0);
}
