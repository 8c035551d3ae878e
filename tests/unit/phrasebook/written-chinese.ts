/**
 * Checks that Chinese text is written in the script it claims. OpenCC's converters
 * tell which characters have a form in the other script.
 */
import * as OpenCC from 'opencc-js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Characters at home in Taiwan and Hong Kong writing beside their other form (台/臺, 布/佈, 雇/僱, 痴/癡; 仆 as in Cantonese 仆街). */
const TRADITIONAL_VARIANTS = new Set(['台', '布', '雇', '痴', '仆']);

/** Characters in `text` that only Simplified Chinese uses. */
export function simplifiedOnly(text: string): string[] {
  return [...text].filter((c) => !TRADITIONAL_VARIANTS.has(c) && toTraditional(c) !== c && toSimplified(c) === c);
}

/** Characters in `text` that only Traditional Chinese uses. */
export function traditionalOnly(text: string): string[] {
  return [...text].filter((c) => toSimplified(c) !== c && toTraditional(c) === c);
}

/** Whether `traditional` is just `simplified` converted character by character. */
export const isMechanicalCopy = (simplified: string, traditional: string) => toTraditional(simplified) === traditional;
