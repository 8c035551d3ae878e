/**
 * What the side panel does to notes: each write goes through the repository with
 * the current time, and the first saved note asks the browser to keep the data.
 */
import { getDatabase } from '../../utils/db/instance';
import { createNote, deleteNote, restoreNote, updateNote } from '../../utils/db/notes-repository';
import { ensurePersistence } from '../../utils/db/persistence';
import type { Note, NoteDraft } from '../../utils/notes/note';

function keepStorage(): void {
  if (!navigator.storage) return;
  // Asking is a courtesy to the data, not part of saving: a refusal or an error
  // here must not turn a saved note into a failed save.
  ensurePersistence(getDatabase(), navigator.storage, Date.now()).catch(() => undefined);
}

/** Stores a new note; rejects with a NoteStoreError, storing nothing, when it cannot. */
export async function saveNewNote(draft: NoteDraft): Promise<Note> {
  const note = await createNote(getDatabase(), draft, Date.now());
  keepStorage();
  return note;
}

/** Stores changes to a note; rejects with a NoteStoreError when it cannot. */
export const saveChanges = (id: string, change: NoteDraft): Promise<Note> => updateNote(getDatabase(), id, change, Date.now());

/** Deletes a note so that `undoRemove` can bring it back. */
export const removeNote = (id: string): Promise<Note> => deleteNote(getDatabase(), id, Date.now());

/** Brings back a deleted note. */
export const undoRemove = (id: string): Promise<Note> => restoreNote(getDatabase(), id, Date.now());

/** Asks for persistent storage if notes exist that were saved elsewhere (the background cannot ask). */
export const keepStorageIfNeeded = keepStorage;
