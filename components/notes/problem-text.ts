/** Plain words, in the person's language, for why a note could not be saved. */
import type { NoteStoreError } from '../../utils/db/errors';
import type { StringKey } from '../../utils/i18n';
import type { DraftProblem } from '../../utils/notes/validate';

type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/** The editor field a problem belongs to: `promises.2.what` → `promises`. */
export const problemField = (problem: DraftProblem): string => problem.field.split('.')[0]!;

const FIELDS = new Set(['occurredAt', 'channel', 'direction', 'institution', 'agent', 'theySaid', 'iSaid', 'promises', 'amount', 'followUpAt', 'tags', 'source']);

function fieldName(problem: DraftProblem, t: Translate): string {
  const field = problemField(problem);
  const name = t((FIELDS.has(field) ? `editorField_${field}` : 'editorField_note') as StringKey);
  const row = /^promises\.(\d+)/.exec(problem.field);
  return row ? `${name} — ${t('editorPromiseNumber', { number: Number(row[1]) + 1 })}` : name;
}

/** One sentence saying what is wrong with one field and how to put it right. */
export function problemText(problem: DraftProblem, t: Translate): string {
  const field = fieldName(problem, t);
  switch (problem.kind) {
    case 'too-long':
      return t('editorProblemTooLong', { field, actual: problem.actual, max: problem.max });
    case 'too-many':
      return t('editorProblemTooMany', { field, actual: problem.actual, max: problem.max });
    case 'date-out-of-range':
      return t('editorProblemDateRange', { field });
    case 'in-the-future':
      return t('editorProblemFuture', { field });
    case 'invalid':
      return t('editorProblemInvalid', { field });
  }
}

/** What to tell the person when the store refused a write. */
export function storeErrorText(error: NoteStoreError, t: Translate): string {
  switch (error.kind) {
    case 'invalid':
      return error.problems.map((problem) => problemText(problem, t)).join(' ');
    case 'quota':
      return t('editorQuota');
    case 'not-found':
      return t('editorNotFound');
    default:
      return t('editorUnavailable', { detail: error.message });
  }
}
