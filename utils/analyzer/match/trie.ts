import { NUM, type Term } from './term';

interface Terminal {
  term: number;
  prefix: boolean;
  /** The term ends in a letter or digit, so the text must not go on with one. */
  wordEnd: boolean;
}

interface Node {
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

const node = (): Node => ({ next: undefined, num: undefined, out: undefined });

/** All lexicon terms in one tree, so a message is read once whatever the lexicon's size. */
export class TermTrie {
  private readonly root = node();
  /** The root's children by character, in pages of 256: the one lookup made at every position. */
  private pages: Array<Array<Node | undefined> | undefined> | undefined;

  /** Adds one spelling of term number `term`. */
  add(spelling: Term, term: number): void {
    this.pages = undefined;
    let at = this.root;
    for (const c of spelling.codes) {
      if (c === NUM) {
        at = at.num ??= node();
      } else {
        at.next ??= new Map();
        let child = at.next.get(c);
        if (!child) at.next.set(c, (child = node()));
        at = child;
      }
    }
    const last = spelling.codes[spelling.codes.length - 1]!;
    (at.out ??= []).push({ term, prefix: spelling.prefix, wordEnd: last !== NUM && isWordUnit(last) });
  }

  /**
   * Reports every term occurrence as (term, start, end), in order of start.
   * Cost is bounded by the text length times the longest term: no backtracking.
   */
  scan(text: string, emit: Emit): void {
    const pages = (this.pages ??= rootPages(this.root));
    const num = this.root.num;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isWordUnit(c) && i > 0 && isWordUnit(text.charCodeAt(i - 1))) continue;
      if (num && isNumeral(c) && !continuesNumber(text, i)) {
        const end = numberEnd(text, i);
        if (end !== -1) walk(num, text, i, end, emit);
      }
      const child = pages[c >> 8]?.[c & 255];
      if (child) walk(child, text, i, i + 1, emit);
    }
  }
}

function rootPages(root: Node): Array<Array<Node | undefined> | undefined> {
  const pages: Array<Array<Node | undefined> | undefined> = new Array(256).fill(undefined);
  for (const [c, child] of root.next ?? []) (pages[c >> 8] ??= new Array(256).fill(undefined))[c & 255] = child;
  return pages;
}

type Emit = (term: number, start: number, end: number) => void;

/** Follows the text down the tree from `at`; only a number edge branches off. */
function walk(at: Node, text: string, start: number, pos: number, emit: Emit): void {
  const n = text.length;
  for (;;) {
    if (at.out) report(at.out, text, start, pos, emit);
    if (pos >= n) return;
    const c = text.charCodeAt(pos);
    if (at.num && isNumeral(c) && !continuesNumber(text, pos)) {
      const end = numberEnd(text, pos);
      if (end !== -1) walk(at.num, text, start, end, emit);
    }
    const child = at.next?.get(c);
    if (!child) return;
    at = child;
    pos++;
  }
}

function report(out: Terminal[], text: string, start: number, pos: number, emit: Emit): void {
  const n = text.length;
  for (const t of out) {
    let end = pos;
    if (t.prefix) while (end < n && isLetter(text.charCodeAt(end))) end++;
    else if (t.wordEnd && end < n && isWordUnit(text.charCodeAt(end))) continue;
    emit(t.term, start, end);
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
