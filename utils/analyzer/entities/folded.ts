import { foldWidth } from '../text/width';

/**
 * `read`, remembering its result for the most recent text: the three extractors read the
 * same message one after another, and preparing a long paste three times would triple its cost.
 */
export function rememberLast<T>(read: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: T;
  return (text) => {
    if (text !== lastText) {
      last = read(text);
      lastText = text;
    }
    return last;
  };
}

/** `foldWidth(text)`, remembered for the most recent text. */
export const foldedOnce = rememberLast(foldWidth);
