/**
 * Reads an import file completely — parse, migrate, validate — before anything
 * is written: the result is either every note, checked, or the reasons the file
 * was refused.
 */
import * as v from 'valibot';
import type { Note } from '../notes/note';
import type { ImportError } from './import-errors';
import { migrateToCurrent } from './format-migrations';
import { describeIssue, ImportFileSchema } from './import-schema';
import { parseImportText } from './import-parse';

/** How many problems are described; the rest are only counted. */
export const MAX_PROBLEMS_SHOWN = 10;

export type ImportReading =
  | { ok: true; notes: Note[]; exportedAt: string; fromVersion: number }
  | { ok: false; error: ImportError };

/** Every note in an export file, validated, or why the file cannot be imported. */
export function readImportFile(text: string): ImportReading {
  const parsed = parseImportText(text);
  if (!parsed.ok) return parsed;
  const migrated = migrateToCurrent(parsed.value);
  if (!migrated.ok) return migrated;
  const result = v.safeParse(ImportFileSchema, migrated.file, { abortPipeEarly: true });
  if (!result.success) {
    const problems = result.issues.slice(0, MAX_PROBLEMS_SHOWN).map(describeIssue);
    return { ok: false, error: { code: 'invalid', problems, total: result.issues.length } };
  }
  const { notes, exportedAt } = result.output;
  return { ok: true, notes, exportedAt, fromVersion: migrated.fromVersion };
}
