import { isDigit, isHan, isHanFeature, isLatin, MODEL_READS } from './features';

/** The key of every number, which stands as "#". */
const NUMBER_KEY = 0x23;
const addToKey = (key: number, c: number) => (Math.imul(key, 31) + c) | 0;

/** A number made from a word's letters, as sumSteps makes it while reading ("#" for any number). */
function wordKey(word: string): number {
  if (word === '#') return NUMBER_KEY;
  let key = 0;
  for (let i = 0; i < word.length; i++) key = addToKey(key, word.charCodeAt(i));
  return key;
}

/**
 * The features a model weighs, looked up as the message is read: every collection
 * message is read, so looking one up allocates nothing.
 */
export interface FeatureTable {
  bits: number;
  /**
   * Han runs in an open-addressing table of plain integers, three to a place so one
   * probe reads one stretch of memory: the run's first two code units side by side, its
   * third (0 if none), and the feature's index — EMPTY for a free place, ONLY_BEGINS for
   * a run that is no feature but begins longer ones.
   */
  han: Int32Array;
  /**
   * One bit per Han character (from U+4E00), set when some feature begins with it; one
   * per sixteen bits of a pair of Han characters (pairBit), set when some feature begins
   * with the pair; and one per low half of a word's key, set when a word in a feature has
   * it. These few kilobytes stay in the cache beside the lexicon's tables where the
   * tables above would not, and most pairs of characters in a message begin no feature.
   */
  hanBegins: Uint32Array;
  pairSeen: Uint32Array;
  wordSeen: Uint32Array;
  wordBits: number;
  /**
   * Every word in a feature, alone or in a pair, numbered, in an open-addressing table
   * two to a place: its key (see wordKey) and its number (EMPTY for a free place)…
   */
  wordSlots: Int32Array;
  /** …each number's word, to tell apart words that share a key… */
  wordText: string[];
  /** …the feature of the word alone (−1 if none)… */
  words: number[];
  /** …and pairs found by their words' numbers (first × 2¹⁶ + second: a model has far fewer words), without joining them. */
  wordPairs: Map<number, number>;
  /** Per feature, the last reading that found it: each feature counts once. */
  found: Uint32Array;
  reading: number;
}

const HAN_FIRST = 0x4e00;
const HAN_CHARACTERS = 0xa000 - HAN_FIRST;
const setBit = (bits: Uint32Array, n: number) => (bits[n >>> 5]! |= 1 << (n & 31));
const hasBit = (bits: Uint32Array, n: number) => (bits[n >>> 5]! & (1 << (n & 31))) !== 0;

/** Sixteen bits of a pair of Han characters (two code units side by side), for pairSeen. */
const pairBit = (pair: number) => Math.imul(pair, 0x9e3779b1) >>> 16;

const EMPTY = -1;
const ONLY_BEGINS = -2;

const place = (bits: number, pair: number, third: number) => Math.imul(pair ^ Math.imul(third, 0x9e3779b1), 0x85ebca6b) >>> (32 - bits);

/** Where this run's three numbers are, or would go (the first of the three). */
function slotOf(table: FeatureTable, pair: number, third: number): number {
  const { han } = table;
  const mask = (1 << table.bits) - 1;
  for (let at = place(table.bits, pair, third); ; at = (at + 1) & mask) {
    const slot = at * 3;
    if (han[slot + 2] === EMPTY || (han[slot] === pair && han[slot + 1] === third)) return slot;
  }
}

/** Files a Han run under `index`, unless it is already a feature. */
function addHan(table: FeatureTable, run: string, index: number): void {
  const pair = run.charCodeAt(0) | (run.length > 1 ? run.charCodeAt(1) << 16 : 0);
  const third = run.length > 2 ? run.charCodeAt(2) : 0;
  const slot = slotOf(table, pair, third);
  if (table.han[slot + 2]! >= 0) return;
  table.han[slot] = pair;
  table.han[slot + 1] = third;
  table.han[slot + 2] = index;
}

/** Whether text[start, end), a word as readFeatures finds it, is this one ("#" being any number). */
function isWordAt(text: string, start: number, end: number, word: string): boolean {
  if (word === '#') return text.charCodeAt(start) <= 0x39; // digits come before letters
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** The number of the word at text[start, end) with this key, or −1 if it is in no feature. */
function wordNumber(table: FeatureTable, key: number, text: string, start: number, end: number): number {
  const { wordSlots } = table;
  const mask = (1 << table.wordBits) - 1;
  for (let at = place(table.wordBits, key, 0); ; at = (at + 1) & mask) {
    const id = wordSlots[at * 2 + 1]!;
    if (id === EMPTY) return -1;
    if (wordSlots[at * 2] === key && isWordAt(text, start, end, table.wordText[id]!)) return id;
  }
}

/** The word's number, given one if it has none yet (`numbers` holds those given). */
function wordId(table: FeatureTable, numbers: Map<string, number>, word: string): number {
  const known = numbers.get(word);
  if (known !== undefined) return known;
  const key = wordKey(word);
  const mask = (1 << table.wordBits) - 1;
  let at = place(table.wordBits, key, 0);
  while (table.wordSlots[at * 2 + 1] !== EMPTY) at = (at + 1) & mask;
  const id = table.wordText.length;
  table.wordSlots[at * 2] = key;
  table.wordSlots[at * 2 + 1] = id;
  table.wordText.push(word);
  table.words.push(-1);
  numbers.set(word, id);
  return id;
}

const pairKey = (first: number, second: number) => first * 0x10000 + second;

function addWord(table: FeatureTable, numbers: Map<string, number>, feature: string, i: number): void {
  const space = feature.indexOf(' ');
  if (space < 0) table.words[wordId(table, numbers, feature)] = i;
  else table.wordPairs.set(pairKey(wordId(table, numbers, feature.slice(0, space)), wordId(table, numbers, feature.slice(space + 1))), i);
}

/** The table for features written as text (see features.ts), indexed in their order. */
export function featureTable(features: readonly string[]): FeatureTable {
  const hanRuns = new Set<string>();
  const words = new Set<string>();
  for (const f of features) {
    if (isHanFeature(f)) for (let n = 1; n <= f.length; n++) hanRuns.add(f.slice(0, n));
    else for (const w of f.split(' ')) words.add(w);
  }
  // At most half full, so a probe rarely walks far.
  const bits = Math.max(4, Math.ceil(Math.log2(hanRuns.size * 2)));
  const wordBits = Math.max(4, Math.ceil(Math.log2(words.size * 2)));
  const table: FeatureTable = {
    bits,
    han: new Int32Array(3 << bits).fill(EMPTY),
    hanBegins: new Uint32Array(HAN_CHARACTERS >>> 5),
    pairSeen: new Uint32Array(0x10000 >>> 5),
    wordSeen: new Uint32Array(0x10000 >>> 5),
    wordBits,
    wordSlots: new Int32Array(2 << wordBits).fill(EMPTY),
    wordText: [],
    words: [],
    wordPairs: new Map(),
    found: new Uint32Array(features.length),
    reading: 0,
  };
  const numbers = new Map<string, number>();
  features.forEach((f, i) => (isHanFeature(f) ? addHan(table, f, i) : addWord(table, numbers, f, i)));
  // The runs that begin a longer feature, so a run that begins none ends the reading there.
  for (const run of hanRuns) addHan(table, run, ONLY_BEGINS);
  for (const run of hanRuns) if (run.length === 1) setBit(table.hanBegins, run.charCodeAt(0) - HAN_FIRST);
  for (const word of table.wordText) setBit(table.wordSeen, wordKey(word) & 0xffff);
  for (const run of hanRuns) if (run.length === 2) setBit(table.pairSeen, pairBit(run.charCodeAt(0) | (run.charCodeAt(1) << 16)));
  return table;
}

/** Adds feature `i`'s steps unless it counted already in this reading; true when it did now. */
function addSteps(table: FeatureTable, i: number, steps: Int8Array, columns: number, sums: Int32Array): boolean {
  if (i < 0 || table.found[i] === table.reading) return false;
  table.found[i] = table.reading;
  for (let c = 0, at = i * columns; c < columns; c++, at++) sums[c]! += steps[at]!;
  return true;
}

/**
 * Adds to `sums`, column by column, the steps (`steps[feature × columns + column]`) of
 * each feature of the table in folded text, once each; `found`, if given, hears of each
 * with the range of its first occurrence. It reads as readFeatures does (features.ts; a
 * unit test holds the two to the same features), written out here so that nothing is
 * called per character, only per feature found: the models read every collection message.
 */
export function sumSteps(
  table: FeatureTable,
  folded: string,
  steps: Int8Array,
  columns: number,
  sums: Int32Array,
  found?: (index: number, start: number, end: number) => void,
): void {
  table.reading++;
  const { han, hanBegins, wordSeen } = table;
  const mask = (1 << table.bits) - 1;
  const limit = Math.min(folded.length, MODEL_READS);
  // Numbers of the last two words read (−1 for a word in no feature), −2 before any.
  let before = -2;
  let last = -2;
  let lastStart = -1;
  let i = 0;
  while (i < limit) {
    const c = folded.charCodeAt(i);
    if (isHan(c)) {
      let end = i + 1;
      while (end < limit && isHan(folded.charCodeAt(end))) end++;
      for (let s = i; s < end; s++) {
        const one = folded.charCodeAt(s);
        if (!hasBit(hanBegins, one - HAN_FIRST)) continue;
        // The run of one, two, then three characters, while each begins a feature.
        let pair = one;
        for (let n = 1; n <= 3 && s + n <= end; n++) {
          const third = n === 3 ? folded.charCodeAt(s + 2) : 0;
          if (n === 2) {
            pair = one | (folded.charCodeAt(s + 1) << 16);
            if (!hasBit(table.pairSeen, pairBit(pair))) break;
          }
          let at = place(table.bits, pair, third);
          let index = EMPTY;
          for (;;) {
            index = han[at * 3 + 2]!;
            if (index === EMPTY || (han[at * 3] === pair && han[at * 3 + 1] === third)) break;
            at = (at + 1) & mask;
          }
          if (index === EMPTY) break;
          if (addSteps(table, index, steps, columns, sums)) found?.(index, s, s + n);
        }
      }
      i = end;
    } else if (isLatin(c) || isDigit(c)) {
      let end = i + 1;
      let key = NUMBER_KEY;
      if (isLatin(c)) {
        key = addToKey(0, c);
        for (let d = folded.charCodeAt(end); end < limit && (isLatin(d) || d === 0x27); d = folded.charCodeAt(++end)) key = addToKey(key, d);
      } else while (end < limit && isDigit(folded.charCodeAt(end))) end++;
      before = last;
      last = hasBit(wordSeen, key & 0xffff) ? wordNumber(table, key, folded, i, end) : -1;
      if (last >= 0 && addSteps(table, table.words[last]!, steps, columns, sums)) found?.(table.words[last]!, i, end);
      const pair = before >= 0 && last >= 0 ? (table.wordPairs.get(pairKey(before, last)) ?? -1) : -1;
      if (addSteps(table, pair, steps, columns, sums)) found?.(pair, lastStart, end);
      lastStart = i;
      i = end;
    } else i++;
  }
}
