/**
 * A quick pass over JSON text before it is parsed, to refuse two kinds of hostile
 * file cheaply: nesting deep enough to exhaust the parser's stack, and keys such as
 * `__proto__` that could alter objects' prototypes once the data is used.
 */

/** Keys no CalmLine file holds and no import may carry. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ScanResult = { ok: true } | { ok: false; reason: 'too_deep'; offset: number } | { ok: false; reason: 'forbidden_key'; key: string; offset: number };

const STRUCTURE = /["{}[\]]/g;

/** Where the string starting at `open` (a quote) ends: the index of its closing quote, or -1. */
function stringEnd(text: string, open: number): number {
  let at = open;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at === -1) return -1;
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return at;
  }
}

/** The decoded text of a JSON string literal, or null when it is not valid JSON. */
function decode(literal: string): string | null {
  if (!literal.includes('\\')) return literal.slice(1, -1);
  try {
    return JSON.parse(literal) as string;
  } catch {
    return null;
  }
}

/** Is the next non-space character after `at` a colon (so the string before it is a key)? */
function isKey(text: string, at: number): boolean {
  let i = at;
  // JSON whitespace: space, tab, line feed, carriage return.
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) i++;
  return text.charCodeAt(i) === 58;
}

/** Checks nesting depth and keys without building any objects; linear in the text's length. */
export function scanJson(text: string, maxDepth: number): ScanResult {
  let depth = 0;
  STRUCTURE.lastIndex = 0;
  for (let match = STRUCTURE.exec(text); match; match = STRUCTURE.exec(text)) {
    const at = match.index;
    const char = match[0];
    if (char === '"') {
      const end = stringEnd(text, at);
      if (end === -1) return { ok: true }; // an unterminated string: the parser reports it
      // Only a key as long as a forbidden one, or an escaped key, can spell one: the rest is skipped cheaply.
      const length = end - at - 1;
      if (length >= 9 && isKey(text, end + 1)) {
        const literal = text.slice(at, end + 1);
        const key = length === 9 || length === 11 || literal.includes('\\') ? decode(literal) : null;
        if (key !== null && FORBIDDEN_KEYS.has(key)) return { ok: false, reason: 'forbidden_key', key, offset: at };
      }
      STRUCTURE.lastIndex = end + 1;
    } else if (char === '{' || char === '[') {
      depth++;
      if (depth > maxDepth) return { ok: false, reason: 'too_deep', offset: at };
    } else {
      depth--;
    }
  }
  return { ok: true };
}
