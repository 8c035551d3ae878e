/**
 * Notes that stay current: any write, from this page, another page or the
 * background, reaches every watcher without a reload.
 */
import { liveQuery } from 'dexie';
import type { Note } from '../notes/note';
import type { CalmLineDatabase } from './database';
import { toStoreError, type NoteStoreError } from './errors';

/** Calls `onNotes` with every live note, newest first, now and after each change; returns a stop function. */
export function watchNotes(
  db: CalmLineDatabase,
  onNotes: (notes: Note[]) => void,
  onError: (error: NoteStoreError) => void,
): () => void {
  const subscription = liveQuery(async () => {
    // Reading in index order and reversing here keeps IndexedDB on its fast bulk path.
    const notes = await db.notes.orderBy('occurredAt').toArray();
    return notes.filter((n) => n.deletedAt === null).reverse();
  }).subscribe({ next: onNotes, error: (error) => onError(toStoreError(error)) });
  return () => subscription.unsubscribe();
}
