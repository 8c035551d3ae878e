import { CANTONESE_CHARACTERS } from './lexicon/script-markers';
import { SHARED_FORMS, SIMPLIFIED, TRADITIONAL } from './text/script-table';
import { foldWidthUnit } from './text/width';
import type { Lang } from './types';

const HAN_START = 0x3400;
const HAN_END = 0x9fff;
const TRADITIONAL_VOTE = 1;
const SIMPLIFIED_VOTE = 2;

let votes: Uint8Array | undefined;

// Built on first use: which script each Han character votes for, one array read per character.
function scriptVotes(): Uint8Array {
  if (votes) return votes;
  votes = new Uint8Array(HAN_END - HAN_START + 1);
  // A Simplified form votes for zh-Hans unless Traditional writes it the same way too.
  for (const c of SIMPLIFIED) votes[c.charCodeAt(0) - HAN_START] = SIMPLIFIED_VOTE;
  for (const c of SHARED_FORMS) votes[c.charCodeAt(0) - HAN_START] = 0;
  for (const c of TRADITIONAL + CANTONESE_CHARACTERS) votes[c.charCodeAt(0) - HAN_START] = TRADITIONAL_VOTE;
  return votes;
}

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * The message's language: zh-Hant or zh-Hans by the script most of its Han characters
 * are written in (Cantonese particles count for Traditional), en when it has none. An
 * English message that only names someone in Chinese (Hi 王先生, …) stays English: it
 * needs at least one Han character for every three English words.
 */
export function detectLanguage(text: string): Lang {
  const table = scriptVotes();
  let han = 0;
  let words = 0;
  let traditional = 0;
  let simplified = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = foldWidthUnit(text.charCodeAt(i));
    const letter = isLetter(c);
    if (letter && !inWord) words++;
    inWord = letter;
    if (!isHan(c)) continue;
    han++;
    const vote = c <= HAN_END ? table[c - HAN_START] : 0;
    if (vote === TRADITIONAL_VOTE) traditional++;
    else if (vote === SIMPLIFIED_VOTE) simplified++;
  }
  if (han === 0 || han * 3 < words) return 'en';
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}
