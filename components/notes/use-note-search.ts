/** Search results that follow the query and filters on every keystroke. */
import { useEffect, useMemo } from 'preact/hooks';
import type { NoteFilter } from '../../utils/notes/filter';
import type { Note } from '../../utils/notes/note';
import { createNoteSearch } from '../../utils/notes/search';

/** Notes matching the query and filter, newest first; null while the notes load. */
export function useNoteSearch(notes: readonly Note[] | null, query: string, filter: NoteFilter): Note[] | null {
  const search = useMemo(() => createNoteSearch(), []);
  const current = useMemo(() => {
    if (notes) search.setNotes(notes);
    return notes;
  }, [search, notes]);

  useEffect(() => {
    if (!current) return;
    // Fold the notes while the person is still reading, not on their first keystroke.
    const handle = setTimeout(() => search.prepare(), 0);
    return () => clearTimeout(handle);
  }, [search, current]);

  return useMemo(() => (current ? search.search(query, filter) : null), [search, current, query, filter]);
}
