/**
 * No message holds a thousand sums, phone numbers or time limits: past that many matches the
 * text is a log or noise, and reading on would only cost time.
 */
export const MAX_MATCHES = 1000;

/**
 * The pattern's matches in reading order, at most `MAX_MATCHES` of them; `pattern` must be global.
 * The same matches `text.matchAll(pattern)` gives, read with `exec` into a list instead: matchAll
 * copies the pattern on every call, and a generator costs more than the search itself on a short message.
 */
export function limitedMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('limitedMatches needs a global pattern');
  const unicode = pattern.unicode || pattern.flags.includes('v');
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  while (matches.length < MAX_MATCHES) {
    const match = pattern.exec(text);
    if (!match) break;
    // An empty match would be found again at the same place: step past it, as matchAll does.
    if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, unicode);
    matches.push(match);
  }
  pattern.lastIndex = 0;
  return matches;
}

/** The index after the character at `at`: a whole surrogate pair when the pattern reads code points. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}
