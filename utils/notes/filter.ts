/** Narrowing the list of notes: by institution, channel, tag, dates and open promises. */
import { endOfDateInput, fromDateTimeInput } from './local-time';
import type { Channel, Note } from './note';

export interface NoteFilter {
  institution?: string;
  channel?: Channel;
  tag?: string;
  /** Earliest contact time, inclusive, epoch milliseconds. */
  from?: number;
  /** Latest contact time, inclusive, epoch milliseconds. */
  to?: number;
  /** Only notes with at least one promise still open. */
  openPromises?: boolean;
}

/** Whether a note has a promise that is neither kept nor broken. */
export const hasOpenPromise = (note: Note): boolean => note.promises.some((p) => p.status === 'open');

/** Whether a live (not deleted) note passes every condition the filter sets. */
export function matchesFilter(note: Note, filter: NoteFilter): boolean {
  if (note.deletedAt !== null) return false;
  if (filter.institution !== undefined && note.institution !== filter.institution) return false;
  if (filter.channel !== undefined && note.channel !== filter.channel) return false;
  if (filter.tag !== undefined && !note.tags.includes(filter.tag)) return false;
  if (filter.from !== undefined && note.occurredAt < filter.from) return false;
  if (filter.to !== undefined && note.occurredAt > filter.to) return false;
  if (filter.openPromises && !hasOpenPromise(note)) return false;
  return true;
}

/** Whether the filter sets any condition at all. */
export const isFilterEmpty = (filter: NoteFilter): boolean =>
  filter.institution === undefined &&
  filter.channel === undefined &&
  filter.tag === undefined &&
  filter.from === undefined &&
  filter.to === undefined &&
  !filter.openPromises;

/** A filter as the side panel's inputs hold it (dates as `YYYY-MM-DD`). */
export interface FilterFields {
  institution: string;
  channel: Channel | '';
  from: string;
  to: string;
  openPromises: boolean;
}

export const NO_FILTER_FIELDS: FilterFields = { institution: '', channel: '', from: '', to: '', openPromises: false };

/** The filter the inputs describe; a date that cannot be read sets no bound. */
export function filterFromFields(fields: FilterFields): NoteFilter {
  const filter: NoteFilter = {};
  if (fields.institution) filter.institution = fields.institution;
  if (fields.channel) filter.channel = fields.channel;
  const from = fields.from ? fromDateTimeInput(fields.from) : null;
  const to = fields.to ? endOfDateInput(fields.to) : null;
  if (from !== null) filter.from = from;
  if (to !== null) filter.to = to;
  if (fields.openPromises) filter.openPromises = true;
  return filter;
}
