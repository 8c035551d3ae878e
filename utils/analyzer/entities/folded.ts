import { foldWidth } from '../text/width';

let lastText: string | undefined;
let lastFolded = '';

/**
 * `foldWidth(text)`, remembered for the most recent text: the three extractors read the same
 * message one after another, and folding a long paste three times would triple its cost.
 */
export function foldedOnce(text: string): string {
  if (text !== lastText) {
    lastFolded = foldWidth(text);
    lastText = text;
  }
  return lastFolded;
}
