/** Hand-made notes for the records tests: a full note with sensible defaults. */
import type { Note } from '../../../utils/notes/note';

let counter = 0;

/** A live, valid note: an incoming call to Acme Credit unless `change` says otherwise. */
export function makeNote(change: Partial<Note> = {}): Note {
  counter++;
  const occurredAt = change.occurredAt ?? Date.UTC(2026, 2, 2, 2, 0);
  return {
    id: `note-${String(counter).padStart(5, '0')}`,
    occurredAt,
    channel: 'phone',
    direction: 'incoming',
    institution: 'Acme Credit',
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

/** Epoch ms of a wall-clock time in a zone `offsetHours` east of UTC (fixed-offset zones only). */
export function at(local: string, offsetHours: number): number {
  const [date, time = '00:00'] = local.split(' ');
  const [y, m, d] = date!.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return Date.UTC(y!, m! - 1, d!, hh!, mm!) - offsetHours * 3_600_000;
}
