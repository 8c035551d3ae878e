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

const CHINESE_NUMERALS = new Set([...'零〇一二三四五六七八九十百千万两几半廿'].map((c) => c.charCodeAt(0)));
const isDigit = (c: number) => c >= 48 && c <= 57;
const isNumeral = (c: number) => isDigit(c) || CHINESE_NUMERALS.has(c);
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff);
/** Letters and digits make up English words; a term may not start or end inside one. */
export const isWordUnit = (c: number) => isLetter(c) || isDigit(c);

const node = (): Node => ({ next: undefined, num: undefined, out: undefined });

/** All lexicon terms in one tree, so a message is read once whatever the lexicon's size. */
export class TermTrie {
  private readonly root = node();

  /** Adds one spelling of term number `term`. */
  add(spelling: Term, term: number): void {
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
  scan(text: string, emit: (term: number, start: number, end: number) => void): void {
    const n = text.length;
    const walk = (at: Node, start: number, pos: number): void => {
      if (at.out) {
        for (const t of at.out) {
          let end = pos;
          if (t.prefix) while (end < n && isLetter(text.charCodeAt(end))) end++;
          else if (t.wordEnd && end < n && isWordUnit(text.charCodeAt(end))) continue;
          emit(t.term, start, end);
        }
      }
      if (pos >= n) return;
      const c = text.charCodeAt(pos);
      const child = at.next?.get(c);
      if (child) walk(child, start, pos + 1);
      if (at.num && isNumeral(c) && !(pos > 0 && isNumeral(text.charCodeAt(pos - 1)))) {
        const end = numberEnd(text, pos);
        if (end !== -1) walk(at.num, start, end);
      }
    };
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isWordUnit(c) && i > 0 && isWordUnit(text.charCodeAt(i - 1))) continue;
      walk(this.root, i, i);
    }
  }
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
