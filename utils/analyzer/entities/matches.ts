/**
 * No message holds a thousand sums, phone numbers or time limits: past that many matches the
 * text is a log or noise, and reading on would only cost time.
 */
export const MAX_MATCHES = 1000;

/**
 * The pattern's matches in reading order, at most `MAX_MATCHES` of them; `pattern` must be global.
 * The same matches `text.matchAll(pattern)` gives, read with `exec` instead: matchAll copies the
 * pattern on every call, which cost more than the search itself on a short message.
 */
export function* limitedMatches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  if (!pattern.global) throw new TypeError('limitedMatches needs a global pattern');
  const unicode = pattern.unicode || pattern.flags.includes('v');
  pattern.lastIndex = 0;
  try {
    for (let count = 1; count <= MAX_MATCHES; count++) {
      const match = pattern.exec(text);
      if (!match) return;
      // An empty match would be found again at the same place: step past it, as matchAll does.
      if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, unicode);
      yield match;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

/** The index after the character at `at`: a whole surrogate pair when the pattern reads code points. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}
