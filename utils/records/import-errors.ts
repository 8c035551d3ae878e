/**
 * Why an import file was refused, as data: the interface turns each reason into
 * plain words in the person's language. Every reason means nothing was written.
 */

/** What a field should have held, in terms a person can be told. */
export type Expectation =
  | 'date'
  | 'number'
  | 'whole_number'
  | 'zero_or_more'
  | 'text'
  | 'list'
  | 'fields'
  | 'one_of'
  | 'at_most'
  | 'present'
  | 'absent'
  | 'unique_id'
  | 'valid';

/** One thing wrong in one place of the file. */
export interface ImportProblem {
  /** Index of the note in the file's list (0-based), or null for the file's own fields. */
  note: number | null;
  /** Path inside the note or the file, e.g. `promises.1.dueAt`. */
  field: string;
  expected: Expectation;
  /** The allowed values or the limit, when there is one to tell. */
  detail: string | null;
}

export type ImportError =
  | { code: 'empty' }
  | { code: 'too_large'; bytes: number; maxBytes: number }
  | { code: 'too_deep'; line: number; maxDepth: number }
  | { code: 'forbidden_key'; key: string; line: number }
  | { code: 'truncated' }
  | { code: 'not_json'; line: number | null; column: number | null }
  | { code: 'not_calmline' }
  | { code: 'newer_version'; version: number }
  | { code: 'invalid'; problems: ImportProblem[]; total: number };
