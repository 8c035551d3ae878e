/**
 * The words the message model looks at, read from folded text (Simplified, half-width,
 * lower case): every run of one to three Han characters, and every Latin word and pair
 * of neighbouring words, with digits standing as "#". Presence counts, not frequency.
 *
 * The same reading feeds the trainer (scripts/train-model.ts) and the analyzer, so what
 * is learned is what is read.
 */

/** Only the start of a long text is read: the model learned from messages, not books. */
export const MODEL_READS = 2000;

export const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
const isLatin = (c: number) => c >= 0x61 && c <= 0x7a;
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * A run of one to three Han characters is passed as two 32-bit integers — the first two
 * code units side by side, and the third (0 when there is none) — so the analyzer looks
 * it up without cutting a string for it: it reads every message. For the same reason
 * a word comes as its range and a number made from its letters (wordKey), and a pair of
 * words as its range, always right after its second word came alone.
 */
export interface FeatureVisitor {
  /** False when no longer run starting at `start` can matter, which spares reading them. */
  han(pair: number, third: number, start: number, end: number): boolean | void;
  word(key: number, start: number, end: number): void;
  wordPair(start: number, end: number): void;
}

/** The key of every number, which stands as "#". */
export const NUMBER_KEY = 0x23;
export const addToKey = (key: number, c: number) => (Math.imul(key, 31) + c) | 0;

/** The number readFeatures gives a word written as text ("#" for any number). */
export function wordKey(word: string): number {
  if (word === '#') return NUMBER_KEY;
  let key = 0;
  for (let i = 0; i < word.length; i++) key = addToKey(key, word.charCodeAt(i));
  return key;
}

/** The word at text[start, end) as a feature: itself, or "#" for a number. */
export const wordAt = (text: string, start: number, end: number) => (isDigit(text.charCodeAt(start)) ? '#' : text.slice(start, end));

/** Calls the visitor for every feature in `text` with its range in `text`. */
export function readFeatures(text: string, visit: FeatureVisitor): void {
  const limit = Math.min(text.length, MODEL_READS);
  let previousStart = -1;
  let i = 0;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isHan(c)) {
      let end = i + 1;
      while (end < limit && isHan(text.charCodeAt(end))) end++;
      for (let s = i; s < end; s++) {
        const one = text.charCodeAt(s);
        if (visit.han(one, 0, s, s + 1) === false || s + 2 > end) continue;
        const two = one | (text.charCodeAt(s + 1) << 16);
        if (visit.han(two, 0, s, s + 2) === false) continue;
        if (s + 3 <= end) visit.han(two, text.charCodeAt(s + 2), s, s + 3);
      }
      i = end;
    } else if (isLatin(c) || isDigit(c)) {
      let end = i + 1;
      let key = NUMBER_KEY;
      if (isLatin(c)) {
        key = addToKey(0, c);
        for (let d = text.charCodeAt(end); end < limit && (isLatin(d) || d === 0x27); d = text.charCodeAt(++end)) key = addToKey(key, d);
      } else while (end < limit && isDigit(text.charCodeAt(end))) end++;
      visit.word(key, i, end);
      if (previousStart >= 0) visit.wordPair(previousStart, end);
      previousStart = i;
      i = end;
    } else i++;
  }
}

/** Whether a feature written as text is a Han run (the others are Latin words). */
export const isHanFeature = (feature: string) => isHan(feature.charCodeAt(0));

/** The distinct features of a text, written as text, for training. */
export function featureSet(text: string): Set<string> {
  const found = new Set<string>();
  let before = '';
  let last = '';
  readFeatures(text, {
    han: (_pair, _third, start, end) => void found.add(text.slice(start, end)),
    word: (_key, start, end) => {
      before = last;
      found.add((last = wordAt(text, start, end)));
    },
    wordPair: () => found.add(`${before} ${last}`),
  });
  return found;
}
