/**
 * Full-text search over notes, in memory. Each note's searchable text is folded
 * once and kept until the note changes, so a keystroke only scans prepared strings.
 */
import { matchesFilter, type NoteFilter } from './filter';
import type { Note } from './note';
import { foldForSearch, queryTerms } from './search-fold';

/** Everything a person might remember a contact by, as one folded string. */
export function searchableText(note: Note): string {
  const parts = [
    note.institution,
    note.agent,
    note.theySaid,
    note.iSaid,
    ...note.promises.map((p) => p.what),
    ...note.tags,
    note.source?.title ?? '',
    note.source?.url ?? '',
  ];
  return foldForSearch(parts.filter(Boolean).join('\n'));
}

/** Whether folded text holds every term. */
export const matchesTerms = (folded: string, terms: readonly string[]): boolean =>
  terms.every((term) => folded.includes(term));

export interface NoteSearch {
  /** Replaces the notes searched (kept in the order given, newest first by convention). */
  setNotes(notes: readonly Note[]): void;
  /** Notes matching every word of `query` and the filter, in the order given. */
  search(query: string, filter?: NoteFilter): Note[];
  /** Folds every note now (at an idle moment), so the first keystroke does not pay for it. */
  prepare(): void;
}

/** A search over a changing set of notes that re-folds only notes that changed. */
export function createNoteSearch(): NoteSearch {
  let notes: readonly Note[] = [];
  let folded = new Map<string, { updatedAt: number; text: string }>();

  const textOf = (note: Note): string => {
    const cached = folded.get(note.id);
    if (cached && cached.updatedAt === note.updatedAt) return cached.text;
    const text = searchableText(note);
    folded.set(note.id, { updatedAt: note.updatedAt, text });
    return text;
  };

  return {
    setNotes(next) {
      notes = next;
      const previous = folded;
      folded = new Map();
      for (const note of next) {
        const cached = previous.get(note.id);
        if (cached) folded.set(note.id, cached);
      }
    },
    search(query, filter = {}) {
      const terms = queryTerms(query);
      return notes.filter((note) => matchesFilter(note, filter) && (terms.length === 0 || matchesTerms(textOf(note), terms)));
    },
    prepare() {
      for (const note of notes) textOf(note);
    },
  };
}
