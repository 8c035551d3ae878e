/**
 * Full-text search over notes, in memory. Each note's searchable text is folded
 * once and kept until the note changes, so a keystroke only scans prepared strings;
 * a query that narrows the previous one scans only the previous results, and a
 * query seen moments ago (erasing what was typed) is answered from memory.
 */
import { isFilterEmpty, matchesFilter, type NoteFilter } from './filter';
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

/** Whether every note matching `next` also matches `previous`: each old term lies inside a new one. */
const narrows = (previous: readonly string[], next: readonly string[]) =>
  previous.every((old) => next.some((term) => term.includes(old)));

export interface NoteSearch {
  /** Replaces the notes searched: the live ones, kept in the order given (newest first by convention). */
  setNotes(notes: readonly Note[]): void;
  /** Notes matching every word of `query` and the filter, in the order given. */
  search(query: string, filter?: NoteFilter): Note[];
  /** Folds every note now (at an idle moment), so the first keystroke does not pay for it. */
  prepare(): void;
}

interface Entry {
  note: Note;
  text: string | null;
}

/** Answers kept for the current notes and filter: a person types and erases within a few dozen queries. */
const REMEMBERED = 64;

/** A search over a changing set of notes that re-folds only notes that changed. */
export function createNoteSearch(): NoteSearch {
  let entries: Entry[] = [];
  let byId = new Map<string, Entry>();
  let filterKey = '';
  let answers = new Map<string, { terms: string[]; entries: Entry[] }>();
  let last: { terms: string[]; entries: Entry[] } | null = null;

  const textOf = (entry: Entry) => (entry.text ??= searchableText(entry.note));

  const forget = () => {
    answers = new Map();
    last = null;
  };

  return {
    setNotes(notes) {
      const previous = byId;
      byId = new Map();
      entries = notes.filter((note) => note.deletedAt === null).map((note) => {
        const known = previous.get(note.id);
        const entry = known && known.note.updatedAt === note.updatedAt ? { note, text: known.text } : { note, text: null };
        byId.set(note.id, entry);
        return entry;
      });
      forget();
    },
    search(query, filter = {}) {
      const key = JSON.stringify(filter);
      if (key !== filterKey) {
        filterKey = key;
        forget();
      }
      const terms = queryTerms(query);
      const termsKey = terms.join(' ');
      let answer = answers.get(termsKey);
      if (!answer) {
        const pool = last && narrows(last.terms, terms) ? last.entries : isFilterEmpty(filter) ? entries : entries.filter((e) => matchesFilter(e.note, filter));
        answer = { terms, entries: terms.length ? pool.filter((e) => matchesTerms(textOf(e), terms)) : pool };
        if (answers.size >= REMEMBERED) answers.delete(answers.keys().next().value!);
        answers.set(termsKey, answer);
      }
      last = answer;
      return answer.entries.map((e) => e.note);
    },
    prepare() {
      for (const entry of entries) textOf(entry);
    },
  };
}
