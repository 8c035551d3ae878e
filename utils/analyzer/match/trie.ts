import { NUM, type Term } from './term';

interface Terminal {
  term: number;
  prefix: boolean;
  /** The term ends in a letter or digit, so the text must not go on with one. */
  wordEnd: boolean;
}

interface Node {
  /** Its number in the flat tables: nodes are numbered as they are made, the root 0. */
  id: number;
  next: Map<number, Node> | undefined;
  num: Node | undefined;
  out: Terminal[] | undefined;
}

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
interface Flat {
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
 * Collects the lexicon's spellings as a tree, then lays it out flat for reading. The
 * tree is dropped once built: only the flat tables stay in memory.
 */
export class TermTrieBuilder {
  private readonly nodes: Node[] = [];
  private readonly root = this.node();
  private edges = 0;

  private node(): Node {
    const made: Node = { id: this.nodes.length, next: undefined, num: undefined, out: undefined };
    this.nodes.push(made);
    return made;
  }

  /** Adds one spelling of term number `term`. */
  add(spelling: Term, term: number): void {
    let at = this.root;
    for (const c of spelling.codes) {
      if (c === NUM) {
        at = at.num ??= this.node();
      } else {
        at.next ??= new Map();
        let child = at.next.get(c);
        if (!child) {
          at.next.set(c, (child = this.node()));
          this.edges++;
        }
        at = child;
      }
    }
    const last = spelling.codes[spelling.codes.length - 1]!;
    (at.out ??= []).push({ term, prefix: spelling.prefix, wordEnd: last !== NUM && isWordUnit(last) });
  }

  build(): TermTrie {
    return new TermTrie(flatten(this.nodes, this.edges));
  }
}

/** All lexicon terms in one trie, so a message is read once whatever the lexicon's size. */
export class TermTrie {
  constructor(private readonly flat: Flat) {}

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

/** Lays the nodes (numbered as made, the root 0) and their edges out in the flat tables. */
function flatten(nodes: readonly Node[], edges: number): Flat {
  let size = 2;
  // At most three quarters full: probes stay short with linear probing, and the table
  // does not double in memory the moment the lexicon passes a power of two (half full,
  // it went from 1.3 to 2.6 MB at 65,536 edges).
  while (size < (edges * 4) / 3) size *= 2;
  const mask = size - 1;
  const parent = new Int32Array(size);
  const char = new Uint16Array(size);
  const child = new Int32Array(size);
  const pages = new Array<Int32Array | undefined>(256).fill(undefined);
  for (const at of nodes) {
    if (!at.next) continue;
    for (const [c, to] of at.next) {
      if (at.id === 0) (pages[c >> 8] ??= new Int32Array(256).fill(NONE))[c & 255] = to.id;
      let k = slotOf(at.id, c, mask);
      while (parent[k] !== 0) k = (k + 1) & mask;
      parent[k] = at.id + 1;
      char[k] = c;
      child[k] = to.id;
    }
  }
  const outFirst = new Int32Array(nodes.length + 1);
  nodes.forEach((n, id) => (outFirst[id + 1] = outFirst[id]! + (n.out?.length ?? 0)));
  const outTerm = new Int32Array(outFirst[nodes.length]!);
  const outEnd = new Uint8Array(outTerm.length);
  nodes.forEach((n, id) =>
    n.out?.forEach((t, j) => {
      outTerm[outFirst[id]! + j] = t.term;
      outEnd[outFirst[id]! + j] = t.prefix ? PREFIX : t.wordEnd ? WORD_END : EXACT;
    }),
  );
  return {
    pages,
    outFirst,
    outTerm,
    outEnd,
    num: Int32Array.from(nodes, (n) => n.num?.id ?? NONE),
    mask,
    parent,
    char,
    child,
  };
}

type Emit = (term: number, start: number, end: number) => void;

/** Follows the text down the tree from node `at`; only a number edge branches off. */
function walk(flat: Flat, at: number, text: string, start: number, pos: number, emit: Emit): void {
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

function report(flat: Flat, first: number, last: number, text: string, start: number, pos: number, emit: Emit): void {
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
