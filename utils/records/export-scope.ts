/** Which notes an export or report covers: all of them, or one institution and/or a period. */
import type { Note } from '../notes/note';
import { institutionKey } from './institutions';

export interface ExportScope {
  /** Folded institution name (see institutionKey), or null for every institution. */
  institution: string | null;
  /** Earliest contact time included, epoch ms, or null. */
  from: number | null;
  /** Latest contact time included, epoch ms, or null. */
  until: number | null;
  /** Notes in the bin are kept in a full backup and left out of reports. */
  includeDeleted: boolean;
}

export const EVERYTHING: ExportScope = { institution: null, from: null, until: null, includeDeleted: true };

/** Is the note inside the scope? */
export function inScope(note: Note, scope: ExportScope): boolean {
  if (!scope.includeDeleted && note.deletedAt !== null) return false;
  if (scope.from !== null && note.occurredAt < scope.from) return false;
  if (scope.until !== null && note.occurredAt > scope.until) return false;
  return scope.institution === null || institutionKey(note.institution) === scope.institution;
}

/** Reads a scope from a report page's query string; anything unreadable means "no limit". */
export function scopeFromQuery(query: URLSearchParams): ExportScope {
  const time = (name: string) => {
    const value = Number(query.get(name));
    return query.has(name) && Number.isSafeInteger(value) ? value : null;
  };
  const institution = query.get('institution');
  return { institution: institution ? institutionKey(institution) : null, from: time('from'), until: time('until'), includeDeleted: false };
}

/** The query string that reproduces a scope on the report page. */
export function scopeToQuery(scope: ExportScope): URLSearchParams {
  const query = new URLSearchParams();
  if (scope.institution !== null) query.set('institution', scope.institution);
  if (scope.from !== null) query.set('from', String(scope.from));
  if (scope.until !== null) query.set('until', String(scope.until));
  return query;
}
