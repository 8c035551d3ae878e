import { ABBREVIATIONS, HOMOPHONES, PINYIN, WORD_VARIANTS } from '../lexicon/dodges';
import type { Term } from './term';

const MAX_WORD_VARIANTS = 8;

const text = (codes: readonly number[]) => String.fromCharCode(...codes);

/** The disguised spellings of a Chinese term: pinyin, sound-alikes, abbreviations. */
function chineseDodges(term: string): string[] {
  const chars = [...term];
  const out: string[] = [];
  if (chars.length >= 2 && chars.length <= 4 && chars.every((c) => PINYIN[c] !== undefined)) {
    out.push(chars.map((c) => PINYIN[c]).join(''));
    chars.forEach((c, i) => {
      const swap = (by: string) => out.push([...chars.slice(0, i), by, ...chars.slice(i + 1)].join(''));
      swap(PINYIN[c]!);
      for (const h of HOMOPHONES[c] ?? '') swap(h);
    });
  }
  for (const [abbr, word] of Object.entries(ABBREVIATIONS)) {
    if (term.includes(word)) out.push(term.replace(word, abbr));
  }
  return out;
}

/** The chat spellings of an English term: "your account" → "ur acct", "yr account"… */
function englishSpellings(term: string): string[] {
  const words = term.split(' ');
  if (!words.some((w) => Object.hasOwn(WORD_VARIANTS, w))) return [];
  let forms = [''];
  for (const [i, word] of words.entries()) {
    const choices = [word, ...(Object.hasOwn(WORD_VARIANTS, word) ? WORD_VARIANTS[word]! : [])];
    const sep = i === 0 ? '' : ' ';
    forms = forms.flatMap((f) => choices.map((c) => f + sep + c)).slice(0, MAX_WORD_VARIANTS);
  }
  return forms.slice(1);
}

/** Every spelling the trie should hold for one compiled term, the term itself first. */
export function spellings(term: Term): Term[] {
  const base = text(term.codes);
  const extra = /^[\u3400-\u9fff]+$/.test(base) ? chineseDodges(base) : englishSpellings(base);
  // Variants are built from folded text, so they are folded already: no second pass.
  return [term, ...extra.map((s) => ({ codes: Array.from(s, (c) => c.charCodeAt(0)), prefix: term.prefix }))];
}
