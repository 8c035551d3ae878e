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
export const isLatin = (c: number) => c >= 0x61 && c <= 0x7a;
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Calls `visit` for every feature in `text`, written as text, with its range in `text`.
 * The trainer reads features this way; the analyzer reads the same ones without cutting
 * strings (feature-table.ts, held to this reading by a unit test).
 */
export function readFeatures(text: string, visit: (feature: string, start: number, end: number) => void): void {
  const limit = Math.min(text.length, MODEL_READS);
  let previousWord = '';
  let previousStart = -1;
  let i = 0;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isHan(c)) {
      let end = i + 1;
      while (end < limit && isHan(text.charCodeAt(end))) end++;
      for (let s = i; s < end; s++) for (let n = 1; n <= 3 && s + n <= end; n++) visit(text.slice(s, s + n), s, s + n);
      i = end;
    } else if (isLatin(c) || isDigit(c)) {
      let end = i + 1;
      if (isLatin(c)) while (end < limit && (isLatin(text.charCodeAt(end)) || text.charCodeAt(end) === 0x27)) end++;
      else while (end < limit && isDigit(text.charCodeAt(end))) end++;
      const word = isLatin(c) ? text.slice(i, end) : '#';
      visit(word, i, end);
      if (previousWord) visit(`${previousWord} ${word}`, previousStart, end);
      previousWord = word;
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
  readFeatures(text, (feature) => found.add(feature));
  return found;
}
