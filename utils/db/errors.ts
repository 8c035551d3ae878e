/**
 * What can go wrong when storing notes, sorted into the few cases a person needs
 * to hear about differently. Every write is all-or-nothing, so none of them leaves
 * a note half-written.
 */
import { problemsInWords, type DraftProblem } from '../notes/validate';

export type NoteStoreErrorKind =
  /** The note breaks a rule (too long, a date out of range…); `problems` says which. */
  | 'invalid'
  /** The browser has no room left for the extension's data. */
  | 'quota'
  /** The note is not (or no longer) stored. */
  | 'not-found'
  /** The database could not be opened or written for another reason. */
  | 'unavailable';

export class NoteStoreError extends Error {
  constructor(
    readonly kind: NoteStoreErrorKind,
    message: string,
    readonly problems: readonly DraftProblem[] = [],
  ) {
    super(message);
    this.name = 'NoteStoreError';
  }
}

/** A validation failure, worded for logs and message replies. */
export const invalidNote = (problems: readonly DraftProblem[]) =>
  new NoteStoreError('invalid', `The note was not saved: ${problemsInWords(problems)}.`, problems);

const QUOTA = /quota/i;

function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; message?: string; inner?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (e.name === 'QuotaExceededError' || QUOTA.test(e.name ?? '') || QUOTA.test(e.message ?? '')) return true;
    e = e.inner as typeof e;
  }
  return false;
}

/** Any error from a database call, as a NoteStoreError. */
export function toStoreError(error: unknown): NoteStoreError {
  if (error instanceof NoteStoreError) return error;
  if (isQuotaError(error)) {
    return new NoteStoreError('quota', 'There is no storage space left, so the note was not saved. Nothing was changed.');
  }
  const detail = String((error as Error)?.message ?? error);
  return new NoteStoreError('unavailable', `The notes could not be stored: ${detail}`);
}
