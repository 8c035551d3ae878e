/** The person's live notes for the records views, kept current as any surface writes them. */
import { useEffect, useState } from 'preact/hooks';
import { getDatabase } from '../../utils/db/instance';
import { watchNotes } from '../../utils/db/live-notes';
import type { Note } from '../../utils/notes/note';

/** Live notes (none in the bin); null while they load or if the store cannot be read. */
export function useNotes(): Note[] | null {
  const [notes, setNotes] = useState<Note[] | null>(null);
  useEffect(() => watchNotes(getDatabase(), setNotes, () => setNotes(null)), []);
  return notes;
}
