/** A complete, valid note for tests, with any fields overridden. */
import type { Note } from '../../utils/notes/note';

let counter = 0;

/**
 * A live incoming phone note, by default on 10 January 2026 at 09:00 UTC. Ids are
 * zero-padded so that they sort in the order the notes were made.
 */
export function makeNote(change: Partial<Note> = {}): Note {
  counter++;
  const occurredAt = change.occurredAt ?? Date.UTC(2026, 0, 10, 9, 0);
  return {
    id: `note-${String(counter).padStart(5, '0')}`,
    occurredAt,
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
    createdAt: occurredAt,
    updatedAt: occurredAt,
    deletedAt: null,
    ...change,
  };
}
