import { normalize } from '../text/normalize';

/** Stands for a number (a run of digits or Chinese numerals) inside a compiled term. */
export const NUM = 0xe000;

/** A lexicon term folded like the messages it is matched against. */
export interface Term {
  codes: number[];
  /** An English word that may run on: `garnish*`. */
  prefix: boolean;
}

const GUARD = '\u3042';
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: string | undefined) => c !== undefined && /[a-z]/i.test(c);

/** Folds one written term (`#日内`, `garnish*`, `聯徵`) into the codes the trie holds. */
export function compileTerm(raw: string): Term {
  let text = raw;
  let prefix = false;
  if (text.length > 1 && text.endsWith('*') && isLetter(text[text.length - 2])) {
    prefix = true;
    text = text.slice(0, -1);
  }
  // Guard characters keep a leading or trailing sign ($#, f***) that folding would trim as an edge.
  const folded = normalize(`${GUARD}${text.replaceAll('#', '0')}${GUARD}`).text;
  const codes: number[] = [];
  for (let i = 1; i < folded.length - 1; i++) {
    const c = folded.charCodeAt(i);
    if (isDigit(c)) {
      if (codes[codes.length - 1] !== NUM) codes.push(NUM);
    } else {
      codes.push(c);
    }
  }
  if (codes.length === 0) throw new Error(`The lexicon term "${raw}" is empty once folded.`);
  return { codes, prefix };
}
