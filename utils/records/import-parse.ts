/**
 * Turns the text of an import file into plain data, refusing hostile files before
 * the parser sees them: too large, nested too deep, or carrying prototype keys.
 */
import type { ImportError } from './import-errors';
import { scanJson } from './json-scan';

/** The largest import file accepted. A real export of 100 000 long notes stays well below it. */
export const MAX_IMPORT_BYTES = 150 * 1024 * 1024;
/** A CalmLine file nests five levels deep (file, notes, note, promises, promise); more is not ours. */
export const MAX_IMPORT_DEPTH = 8;

export type ParseResult = { ok: true; value: unknown } | { ok: false; error: ImportError };

/** Refuses a file by its size, before any of it is read. */
export function checkImportSize(bytes: number): ImportError | null {
  return bytes > MAX_IMPORT_BYTES ? { code: 'too_large', bytes, maxBytes: MAX_IMPORT_BYTES } : null;
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Reads where the parser stopped from its message ("… at position 123 …"), when it says. */
function syntaxError(text: string, error: unknown): ImportError {
  const message = String((error as Error)?.message ?? error);
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : null;
  if (/end of (JSON )?input|Unterminated/i.test(message) || (offset !== null && offset >= text.trimEnd().length)) {
    return { code: 'truncated' };
  }
  if (offset === null) return { code: 'not_json', line: null, column: null };
  return { code: 'not_json', ...lineAndColumn(text, offset) };
}

/** Parses an import file's text, or says in data why it cannot be used. */
export function parseImportText(text: string): ParseResult {
  // Characters never outnumber UTF-8 bytes, so this bounds the size even when the caller could not.
  const size = checkImportSize(text.length);
  if (size) return { ok: false, error: size };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/\S/.test(body)) return { ok: false, error: { code: 'empty' } };
  const scan = scanJson(body, MAX_IMPORT_DEPTH);
  if (!scan.ok) {
    const { line } = lineAndColumn(body, scan.offset);
    const error: ImportError =
      scan.reason === 'too_deep' ? { code: 'too_deep', line, maxDepth: MAX_IMPORT_DEPTH } : { code: 'forbidden_key', key: scan.key, line };
    return { ok: false, error };
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, error: syntaxError(body, error) };
  }
}
