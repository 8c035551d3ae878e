/**
 * Groups notes by the institution that made the contact. People type names
 * inconsistently ("ABC Bank", "abc bank ", full-width letters), so names are
 * compared in a folded form and shown in the spelling used most often.
 */
import type { Note } from '../notes/note';

export interface InstitutionGroup {
  key: string;
  /** The most common spelling, for display. */
  name: string;
  /** Oldest first. */
  notes: Note[];
}

/** The folded form two spellings of the same institution share. */
export function institutionKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function mostCommon(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of spellings) {
    if (count > bestCount) [best, bestCount] = [spelling, count];
  }
  return best;
}

/** Notes grouped by institution, each group oldest first; groups with the most notes first. */
export function groupByInstitution(notes: readonly Note[]): InstitutionGroup[] {
  const groups = new Map<string, { notes: Note[]; spellings: Map<string, number> }>();
  for (const note of notes) {
    const key = institutionKey(note.institution);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { notes: [], spellings: new Map() }));
    group.notes.push(note);
    const spelling = note.institution.trim();
    group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
  }
  return [...groups]
    .map(([key, g]) => ({
      key,
      name: mostCommon(g.spellings),
      notes: g.notes.sort((a, b) => a.occurredAt - b.occurredAt || (a.id < b.id ? -1 : 1)),
    }))
    .sort((a, b) => b.notes.length - a.notes.length || a.name.localeCompare(b.name));
}

/** One choice per institution among stored spellings, named by the first spelling met, sorted by name. */
export function institutionChoices(names: readonly string[]): { key: string; name: string }[] {
  const choices = new Map<string, string>();
  for (const name of names) {
    const key = institutionKey(name);
    if (!choices.has(key)) choices.set(key, name.trim());
  }
  return [...choices].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name));
}
