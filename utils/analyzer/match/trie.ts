import { NUM, type Term } from './term';

/** A number longer than this is not a date, a time or a sum: it is not matched as `#`. */
const MAX_NUMBER = 16;

const HAN_START = 0x3000;
// Read for every character of every message, so a flat table rather than a Set.
const CHINESE_NUMERALS = new Uint8Array(0xa000 - HAN_START);
for (const c of '零〇一二三四五六七八九十百千万两几半廿') CHINESE_NUMERALS[c.charCodeAt(0) - HAN_START] = 1;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isNumeral = (c: number) => isDigit(c) || (c >= HAN_START && c < 0xa000 && CHINESE_NUMERALS[c - HAN_START] === 1);
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff);
/** Letters and digits make up English words; a term may not start or end inside one. */
export const isWordUnit = (c: number) => isLetter(c) || isDigit(c);

/**
 * The tree once built, flattened for reading: nodes are numbers, and every edge is one
 * entry of an open-addressing table keyed by (node, character). A probe in typed arrays
 * costs a fraction of a Map lookup, and the walk makes one at every character it reads.
 */
export interface TrieTables {
  /** The root's children by character, in pages of 256: the one lookup made at every position. */
  pages: Array<Int32Array | undefined>;
  /**
   * The terms ending at node `n` are entries `outFirst[n]` to `outFirst[n + 1] - 1` of `outTerm`
   * and `outEnd`: typed arrays side by side, where lists of objects cost a chain of dependent
   * loads at every node the walk reaches.
   */
  outFirst: Int32Array;
  outTerm: Int32Array;
  /** How each of those terms may end: `EXACT`, `PREFIX` or `WORD_END`. */
  outEnd: Uint8Array;
  /** Each node's number edge, or -1. */
  num: Int32Array;
  mask: number;
  /** Edge table: the parent node plus one (0 is an empty entry), the character, the child. */
  parent: Int32Array;
  char: Uint16Array;
  child: Int32Array;
}

const NONE = -1;
/** The term ends where its spelling ends. */
const EXACT = 0;
/** The spelling is a word's start: the term runs on to the end of the word. */
const PREFIX = 1;
/** The spelling ends in a letter or digit: the text must not go on with one. */
const WORD_END = 2;
const slotOf = (parent: number, c: number, mask: number) => (Math.imul(parent + 1, 0x9e3779b1) ^ c) & mask;

/**
 * Collects the lexicon's spellings straight into the tables the trie reads: nodes are
 * numbers and each edge goes into the open-addressing table as it is made. The
 * background compiles the lexicon each time the browser starts it again, and a tree of
 * objects with a map per node, laid out flat afterwards, made that start slow.
 */
export class TermTrieBuilder {
  private nodes = 1;
  private edges = 0;
  private mask = 1;
  private parent = new Int32Array(2);
  private char = new Uint16Array(2);
  private child = new Int32Array(2);
  private num = new Int32Array(64).fill(NONE);
  /** Every spelling's end as (node, term, kind), in the order added. */
  private readonly outs: number[] = [];

  /** Adds one spelling of term number `term`. */
  add(spelling: Term, term: number): void {
    let at = 0;
    for (const c of spelling.codes) at = c === NUM ? this.numberChild(at) : this.childOf(at, c);
    const last = spelling.codes[spelling.codes.length - 1]!;
    this.outs.push(at, term, spelling.prefix ? PREFIX : last !== NUM && isWordUnit(last) ? WORD_END : EXACT);
  }

  build(): TermTrie {
    const { nodes, outs, mask, parent, char, child } = this;
    // The terms ending at each node, grouped by node and kept in the order they were added.
    const outFirst = new Int32Array(nodes + 1);
    for (let i = 0; i < outs.length; i += 3) outFirst[outs[i]! + 1]!++;
    for (let n = 0; n < nodes; n++) outFirst[n + 1]! += outFirst[n]!;
    const filled = outFirst.slice(0, nodes);
    const outTerm = new Int32Array(outs.length / 3);
    const outEnd = new Uint8Array(outTerm.length);
    for (let i = 0; i < outs.length; i += 3) {
      const j = filled[outs[i]!]!++;
      outTerm[j] = outs[i + 1]!;
      outEnd[j] = outs[i + 2]!;
    }
    const pages = new Array<Int32Array | undefined>(256).fill(undefined);
    for (let k = 0; k <= mask; k++) {
      if (parent[k] !== 1) continue;
      const c = char[k]!;
      (pages[c >> 8] ??= new Int32Array(256).fill(NONE))[c & 255] = child[k]!;
    }
    return new TermTrie({ pages, outFirst, outTerm, outEnd, num: this.num.slice(0, nodes), mask, parent, char, child });
  }

  private newNode(): number {
    if (this.nodes === this.num.length) {
      const num = new Int32Array(this.nodes * 2).fill(NONE);
      num.set(this.num);
      this.num = num;
    }
    return this.nodes++;
  }

  private numberChild(at: number): number {
    if (this.num[at] === NONE) this.num[at] = this.newNode();
    return this.num[at]!;
  }

  private childOf(at: number, c: number): number {
    let k = slotOf(at, c, this.mask);
    for (let owner = this.parent[k]!; owner !== 0; owner = this.parent[(k = (k + 1) & this.mask)]!) {
      if (owner === at + 1 && this.char[k] === c) return this.child[k]!;
    }
    // At most three quarters full: probes stay short with linear probing, and the table
    // does not double in memory the moment the lexicon passes a power of two.
    if ((this.edges + 1) * 4 > (this.mask + 1) * 3) {
      this.grow();
      k = this.emptySlot(at, c);
    }
    const made = this.newNode();
    this.parent[k] = at + 1;
    this.char[k] = c;
    this.child[k] = made;
    this.edges++;
    return made;
  }

  /** The first free entry on the probe path of edge (at, c). */
  private emptySlot(at: number, c: number): number {
    let k = slotOf(at, c, this.mask);
    while (this.parent[k] !== 0) k = (k + 1) & this.mask;
    return k;
  }

  /** Doubles the edge table, placing every edge again. */
  private grow(): void {
    const { parent, char, child } = this;
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.parent = new Int32Array(size);
    this.char = new Uint16Array(size);
    this.child = new Int32Array(size);
    for (let j = 0; j < parent.length; j++) {
      if (parent[j] === 0) continue;
      const k = this.emptySlot(parent[j]! - 1, char[j]!);
      this.parent[k] = parent[j]!;
      this.char[k] = char[j]!;
      this.child[k] = child[j]!;
    }
  }
}

/** All lexicon terms in one trie, so a message is read once whatever the lexicon's size. */
export class TermTrie {
  constructor(private readonly flat: TrieTables) {}

  /** The tables themselves, to keep a compiled lexicon and rebuild it without compiling. */
  get tables(): TrieTables {
    return this.flat;
  }

  /**
   * Reports every term occurrence as (term, start, end), in order of start.
   * Cost is bounded by the text length times the longest term: no backtracking.
   */
  scan(text: string, emit: Emit): void {
    const { flat } = this;
    const { pages } = flat;
    const num = flat.num[0]!;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isWordUnit(c) && i > 0 && isWordUnit(text.charCodeAt(i - 1))) continue;
      if (num !== NONE && isNumeral(c) && !continuesNumber(text, i)) {
        const end = numberEnd(text, i);
        if (end !== -1) walk(flat, num, text, i, end, emit);
      }
      const child = pages[c >> 8]?.[c & 255] ?? NONE;
      if (child !== NONE) walk(flat, child, text, i, i + 1, emit);
    }
  }
}

type Emit = (term: number, start: number, end: number) => void;

/** Follows the text down the tree from node `at`; only a number edge branches off. */
function walk(flat: TrieTables, at: number, text: string, start: number, pos: number, emit: Emit): void {
  const n = text.length;
  const { outFirst, parent, char, child, mask } = flat;
  for (;;) {
    const first = outFirst[at]!;
    const last = outFirst[at + 1]!;
    if (first !== last) report(flat, first, last, text, start, pos, emit);
    if (pos >= n) return;
    const c = text.charCodeAt(pos);
    const num = flat.num[at]!;
    if (num !== NONE && isNumeral(c) && !continuesNumber(text, pos)) {
      const end = numberEnd(text, pos);
      if (end !== -1) walk(flat, num, text, start, end, emit);
    }
    let k = slotOf(at, c, mask);
    let next = NONE;
    for (let owner = parent[k]!; owner !== 0; owner = parent[(k = (k + 1) & mask)]!) {
      if (owner === at + 1 && char[k] === c) {
        next = child[k]!;
        break;
      }
    }
    if (next === NONE) return;
    at = next;
    pos++;
  }
}

function report(flat: TrieTables, first: number, last: number, text: string, start: number, pos: number, emit: Emit): void {
  const n = text.length;
  const { outTerm, outEnd } = flat;
  for (let j = first; j < last; j++) {
    const kind = outEnd[j];
    let end = pos;
    if (kind === PREFIX) while (end < n && isLetter(text.charCodeAt(end))) end++;
    else if (kind === WORD_END && end < n && isWordUnit(text.charCodeAt(end))) continue;
    emit(outTerm[j]!, start, end);
  }
}

/** Whether `pos` is inside a number rather than at its start (the 30 of 5:30, the 3 of 123). */
function continuesNumber(text: string, pos: number): boolean {
  if (pos === 0) return false;
  const prev = text.charCodeAt(pos - 1);
  if (isNumeral(prev)) return true;
  return (prev === 44 || prev === 46 || prev === 58) && pos > 1 && isDigit(text.charCodeAt(pos - 2)) && isDigit(text.charCodeAt(pos));
}

/** End of the number starting at `pos` (digits may hold , . : between them), or -1 if too long. */
function numberEnd(text: string, pos: number): number {
  const n = text.length;
  let j = pos;
  while (j < n && j - pos <= MAX_NUMBER) {
    const c = text.charCodeAt(j);
    if (isNumeral(c)) j++;
    else if ((c === 44 || c === 46 || c === 58) && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1))) j++;
    else break;
  }
  return j - pos > MAX_NUMBER ? -1 : j;
}
