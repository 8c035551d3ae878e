/** The person's notes, kept current as any surface writes them. */
import { useEffect, useState } from 'preact/hooks';
import { getDatabase } from '../../utils/db/instance';
import type { NoteStoreError } from '../../utils/db/errors';
import { watchNotes } from '../../utils/db/live-notes';
import { recentNotes } from '../../utils/db/notes-repository';
import type { Note } from '../../utils/notes/note';

interface LiveNotes {
  /** Every live note, newest first; null while they load. */
  notes: Note[] | null;
  /** The newest few, read first so a long history shows at once; null until read. */
  preview: Note[] | null;
  error: NoteStoreError | null;
}

/** Every live note (kept current) and, before it, a preview of the newest `previewSize`. */
export function useLiveNotes(previewSize: number): LiveNotes {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [preview, setPreview] = useState<Note[] | null>(null);
  const [error, setError] = useState<NoteStoreError | null>(null);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let open = true;
    const watch = () => {
      if (!open) return;
      stop = watchNotes(
        getDatabase(),
        (next) => {
          setNotes(next);
          setError(null);
        },
        setError,
      );
    };
    // The few newest first: reading every note of a long history takes a while, and
    // asked at the same time it would hold the first screen back. A failed preview
    // only means the full list is waited for.
    recentNotes(getDatabase(), previewSize).then((recent) => {
      if (open) setPreview(recent);
      watch();
    }, watch);
    return () => {
      open = false;
      stop?.();
    };
  }, [previewSize]);
  return { notes, preview, error };
}
