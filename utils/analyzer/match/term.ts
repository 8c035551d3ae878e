import { foldUnit } from '../text/fold';
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
// Terms made only of Han characters and number marks fold character by character;
// anything else goes through the message folding so both fold alike.
const SIMPLE_HAN = /^[\u3400-\u9fff#]+$/;
// Lower-case words of two letters or more fold to themselves (single letters might be spelled out).
const SIMPLE_WORDS = /^[a-z]{2,}( [a-z]{2,})*$/;

/** Folds one written term (`#日内`, `garnish*`, `聯徵`) into the codes the trie holds. */
export function compileTerm(raw: string): Term {
  let text = raw;
  let prefix = false;
  if (text.length > 1 && text.endsWith('*') && isLetter(text[text.length - 2])) {
    prefix = true;
    text = text.slice(0, -1);
  }
  const codes = SIMPLE_HAN.test(text) ? foldHan(text) : SIMPLE_WORDS.test(text) ? Array.from(text, (c) => c.charCodeAt(0)) : foldOther(text);
  if (codes.length === 0) throw new Error(`The lexicon term "${raw}" is empty once folded.`);
  return { codes, prefix };
}

function foldHan(text: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 35) codes.push(foldUnit(c));
    else if (codes[codes.length - 1] !== NUM) codes.push(NUM);
  }
  return codes;
}

function foldOther(text: string): number[] {
  // Guard characters keep a leading or trailing sign ($#, f***) that folding would trim as an edge.
  const folded = normalize(`${GUARD}${text.replaceAll('#', '0')}${GUARD}`).text;
  const codes: number[] = [];
  for (let i = 1; i < folded.length - 1; i++) {
    const c = folded.charCodeAt(i);
    if (isDigit(c)) {
      if (codes[codes.length - 1] !== NUM) codes.push(NUM);
    } else if ((c === 44 || c === 46 || c === 58) && codes[codes.length - 1] === NUM && isDigit(folded.charCodeAt(i + 1))) {
      // 5:30, 1,000 and 3.5 are one number in a message too.
      continue;
    } else {
      codes.push(c);
    }
  }
  return codes;
}
