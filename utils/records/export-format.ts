/**
 * The JSON export file: a versioned envelope around the notes,
 * `{ format: 'calmline-notes', version, exportedAt, notes: [...] }`. The version
 * changes only when the shape of the file changes; older files are migrated on
 * import (see format-migrations.ts).
 */
import { CommitmentSchema, NoteAmountSchema, NoteSchema, NoteSourceSchema } from '../notes/note-schema';
import type { Note } from '../notes/note';

export const FORMAT_NAME = 'calmline-notes';
export const FORMAT_VERSION = 1;

export interface ExportEnvelope {
  format: typeof FORMAT_NAME;
  version: typeof FORMAT_VERSION;
  /** ISO 8601 time the file was written. */
  exportedAt: string;
  notes: Note[];
}

/**
 * Every key a note file may hold: the id first, then in the order the schemas declare them. Used as
 * JSON.stringify's key list, it writes each object's keys in one fixed order
 * whatever order they were stored in, so the same notes always give the same file.
 */
const KEY_ORDER: string[] = [
  ...new Set([
    'id',
    ...Object.keys(NoteSchema.entries),
    ...Object.keys(CommitmentSchema.entries),
    ...Object.keys(NoteAmountSchema.entries),
    ...Object.keys(NoteSourceSchema.entries),
  ]),
];

/** One note as a line of the export file: every field, keys in a fixed order. */
export function serializeNote(note: Note): string {
  return JSON.stringify(note, KEY_ORDER);
}

/** The text before the first note. */
export function envelopeHead(exportedAt: number): string {
  const head = JSON.stringify({ format: FORMAT_NAME, version: FORMAT_VERSION, exportedAt: new Date(exportedAt).toISOString() });
  return `${head.slice(0, -1)},"notes":[`;
}

/** The text after the last note. */
export const ENVELOPE_TAIL = '\n]}\n';
