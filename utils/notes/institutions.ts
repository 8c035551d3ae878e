/** The lenders and agencies a person has already written about, for one-click reuse. */
import type { Note } from './note';
import { foldForSearch } from './search-fold';

/**
 * Distinct institution names, most recently contacted first. Names that differ only
 * in case, width or script count once, spelled as most recently written.
 */
export function institutionsByRecency(notes: readonly Note[]): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  const sorted = [...notes].sort((a, b) => b.occurredAt - a.occurredAt);
  for (const note of sorted) {
    const name = note.institution.trim();
    if (!name || note.deletedAt !== null) continue;
    const key = foldForSearch(name);
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}
