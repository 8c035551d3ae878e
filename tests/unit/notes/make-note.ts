/** A complete note for tests, with any fields overridden. */
import type { Note } from '../../../utils/notes/note';

let counter = 0;

export function makeNote(fields: Partial<Note> = {}): Note {
  counter += 1;
  const at = Date.UTC(2026, 0, 10, 9, 0);
  return {
    id: `note-${counter}`,
    occurredAt: at,
    channel: 'phone',
    direction: 'incoming',
    institution: '',
    agent: '',
    theySaid: '',
    iSaid: '',
    promises: [],
    amount: null,
    followUpAt: null,
    tags: [],
    source: null,
    signals: [],
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    ...fields,
  };
}
