/**
 * No message holds a thousand sums, phone numbers or time limits: past that many matches the
 * text is a log or noise, and reading on would only cost time.
 */
export const MAX_MATCHES = 1000;

/** The pattern's matches in reading order, at most `MAX_MATCHES` of them. */
export function* limitedMatches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  let count = 0;
  for (const match of text.matchAll(pattern)) {
    if (++count > MAX_MATCHES) return;
    yield match;
  }
}
