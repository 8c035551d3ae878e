/**
 * Saving a note in the background, for content scripts (through the validated
 * `saveNote` message) and the context menu. The draft is checked again by the
 * repository, and the reminder alarm follows any new follow-up or promise.
 */
import type { browser } from 'wxt/browser';
import { getDatabase } from '../../utils/db/instance';
import { createNote } from '../../utils/db/notes-repository';
import type { Note, NoteDraft } from '../../utils/notes/note';
import { refreshReminderAlarm } from './reminders';

type Api = Pick<typeof browser, 'alarms'>;

/** Stores the note; rejects with a plain-words NoteStoreError, storing nothing, when it cannot. */
export async function saveNote(api: Api, draft: NoteDraft, now = Date.now()): Promise<Note> {
  const note = await createNote(getDatabase(), draft, now);
  await refreshReminderAlarm(api, now);
  return note;
}
