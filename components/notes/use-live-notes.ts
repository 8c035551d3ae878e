/** The person's notes, kept current as any surface writes them. */
import { useEffect, useState } from 'preact/hooks';
import { getDatabase } from '../../utils/db/instance';
import type { NoteStoreError } from '../../utils/db/errors';
import { watchNotes } from '../../utils/db/live-notes';
import type { Note } from '../../utils/notes/note';

/** Live notes, newest first; null while they load. */
export function useLiveNotes(): { notes: Note[] | null; error: NoteStoreError | null } {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [error, setError] = useState<NoteStoreError | null>(null);
  useEffect(
    () =>
      watchNotes(
        getDatabase(),
        (next) => {
          setNotes(next);
          setError(null);
        },
        setError,
      ),
    [],
  );
  return { notes, error };
}
