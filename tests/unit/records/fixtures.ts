/** Hand-made notes for the records tests: the shared factory, with Acme Credit calling in March. */
import type { Note } from '../../../utils/notes/note';
import { makeNote as makeAnyNote } from '../../support/make-note';

/** A live, valid note: an incoming call to Acme Credit unless `change` says otherwise. */
export const makeNote = (change: Partial<Note> = {}): Note =>
  makeAnyNote({ institution: 'Acme Credit', occurredAt: Date.UTC(2026, 2, 2, 2, 0), ...change });

/** Epoch ms of a wall-clock time in a zone `offsetHours` east of UTC (fixed-offset zones only). */
export function at(local: string, offsetHours: number): number {
  const [date, time = '00:00'] = local.split(' ');
  const [y, m, d] = date!.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return Date.UTC(y!, m! - 1, d!, hh!, mm!) - offsetHours * 3_600_000;
}
