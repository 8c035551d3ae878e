/**
 * Finds runs of English words written in capitals, which read as shouting, and
 * offers the same words in normal case. Short abbreviations are left alone.
 */
import { ACRONYMS, CAPITAL_WORDS } from './capitals';

export interface ShapeMatch {
  start: number;
  end: number;
  fix: string;
}

const WORD = /\p{Script=Latin}+(?:['’]\p{Script=Latin}+)*/gu;
const letterCount = (word: string) => word.replace(/['’]/g, '').length;
const isCapitals = (word: string) => !/\p{Ll}/u.test(word) && /\p{Lu}/u.test(word);

/** A lone "I" or "A" neither starts shouting nor interrupts it. */
const isNeutral = (word: string) => letterCount(word) === 1 && isCapitals(word);
/** Whether a run of capitals is long enough to read as shouting rather than an acronym. */
const isShouting = (words: number, letters: number) => (words >= 2 && letters >= 6) || (words === 1 && letters >= 5);

const isCalm = (word: string) => ACRONYMS.has(word) || CAPITAL_WORDS.has(word);

function toNormalCase(span: string, startsSentence: boolean): string {
  const lowered = span.replace(WORD, (word) => (word === 'I' || ACRONYMS.has(word) ? word : word.toLowerCase()));
  return startsSentence ? lowered.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : lowered;
}

/** Every stretch of `text` written in capitals long enough to feel like shouting. */
export function findAllCaps(text: string): ShapeMatch[] {
  const found: ShapeMatch[] = [];
  let run: { start: number; end: number; words: number; letters: number } | null = null;
  const close = () => {
    if (run && isShouting(run.words, run.letters)) {
      const before = text.slice(0, run.start).trimEnd();
      const startsSentence = before === '' || /[.!?。！？\n]$/.test(before);
      found.push({ start: run.start, end: run.end, fix: toNormalCase(text.slice(run.start, run.end), startsSentence) });
    }
    run = null;
  };
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    // The end of a sentence, or another script between two words, ends the run.
    if (run && /[\p{L}.!?。！？\n]/u.test(text.slice(run.end, start))) close();
    if (!isCapitals(word)) {
      close();
      continue;
    }
    run ??= { start, end: start, words: 0, letters: 0 };
    run.end = start + word.length;
    if (!isNeutral(word) && !isCalm(word)) {
      run.words++;
      run.letters += letterCount(word);
    }
  }
  close();
  return found;
}
