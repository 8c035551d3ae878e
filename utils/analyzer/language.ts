import { CANTONESE_CHARACTERS } from './lexicon/script-markers';
import { SIMPLIFIED_ONLY, TRADITIONAL } from './text/script-table';
import { foldWidth } from './text/width';
import type { Lang } from './types';

const TRADITIONAL_SET = new Set([...TRADITIONAL, ...CANTONESE_CHARACTERS]);
const SIMPLIFIED_SET = new Set(SIMPLIFIED_ONLY);

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * The message's language: zh-Hant or zh-Hans by the script most of its Han characters
 * are written in (Cantonese particles count for Traditional), en when it has none. An
 * English message that only names someone in Chinese (Hi 王先生, …) stays English: it
 * needs at least one Han character for every four English words.
 */
export function detectLanguage(text: string): Lang {
  const folded = foldWidth(text);
  let han = 0;
  let words = 0;
  let traditional = 0;
  let simplified = 0;
  let inWord = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const letter = isLetter(c);
    if (letter && !inWord) words++;
    inWord = letter;
    if (!isHan(c)) continue;
    han++;
    const ch = folded[i]!;
    if (TRADITIONAL_SET.has(ch)) traditional++;
    else if (SIMPLIFIED_SET.has(ch)) simplified++;
  }
  if (han === 0 || han * 4 < words) return 'en';
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}
