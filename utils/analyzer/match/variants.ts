import { ABBREVIATIONS, HOMOPHONES, PINYIN, WORD_VARIANTS } from '../lexicon/dodges';
import type { Term } from './term';

const MAX_WORD_VARIANTS = 8;

const text = (codes: readonly number[]) => String.fromCharCode(...codes);

/** Longest dodge-prone word fully spelled out in pinyin: longer runs are not words people disguise whole. */
const MAX_PINYIN_WORD = 4;

/**
 * The disguised spellings of a Chinese term: pinyin, sound-alikes, abbreviations.
 * A term made only of dodge-prone characters is the word itself (征信): every disguise
 * applies. A longer term holding such a word (你单位, 你们公司) gets that word in pinyin,
 * whole or one character at a time (你单wei, 你们gong si), but not its sound-alikes,
 * which would multiply the spellings for little.
 */
function chineseDodges(term: string): string[] {
  const chars = [...term];
  const out: string[] = [];
  const whole = chars.length <= MAX_PINYIN_WORD && chars.every((c) => PINYIN[c] !== undefined);
  for (const [start, end] of pinyinWords(chars)) {
    const swap = (i: number, by: string) => out.push([...chars.slice(0, i), by, ...chars.slice(i + 1)].join(''));
    const syllables = chars.slice(start, end).map((c) => PINYIN[c]!);
    if (end - start <= MAX_PINYIN_WORD) {
      // Fully in pinyin, run together or a syllable at a time: zhengxin, zheng xin.
      const around = (spelled: string) => [...chars.slice(0, start), spelled, ...chars.slice(end)].join('');
      out.push(around(syllables.join('')), around(syllables.join(' ')));
    }
    for (let i = start; i < end; i++) {
      swap(i, PINYIN[chars[i]!]!);
      if (whole) for (const h of HOMOPHONES[chars[i]!] ?? '') swap(i, h);
    }
  }
  for (const [abbr, word] of Object.entries(ABBREVIATIONS)) {
    if (term.includes(word)) out.push(term.replace(word, abbr));
  }
  return out;
}

/** Where a term's dodge-prone words lie: runs of two or more characters with a pinyin spelling, as [start, end). */
function pinyinWords(chars: readonly string[]): [number, number][] {
  const words: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && PINYIN[chars[i]!] !== undefined) continue;
    if (i - start >= 2) words.push([start, i]);
    start = i + 1;
  }
  return words;
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
