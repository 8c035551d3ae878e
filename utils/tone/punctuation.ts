/** Finds runs of exclamation or question marks (!!!, ？？？) and offers a single calm mark. */
import type { ShapeMatch } from './all-caps';

const RUN = /[!?！？]{2,}/g;

/** Every run of two or more ! or ? marks, half- or full-width, with one mark to use instead. */
export function findOverPunctuation(text: string): ShapeMatch[] {
  return [...text.matchAll(RUN)].map((match) => {
    const fullWidth = match[0].charCodeAt(0) > 0xff00;
    const asks = /[?？]/.test(match[0]);
    const fix = asks ? (fullWidth ? '？' : '?') : fullWidth ? '。' : '.';
    return { start: match.index, end: match.index + match[0].length, fix };
  });
}
