/**
 * Validation rules for notes, shared by every boundary a note crosses:
 * messages into the background and import files. Plain data rules, no browser API.
 */
import * as v from 'valibot';
import { CURRENCIES, LABELS } from '../analyzer/types';
import { CHANNELS, DIRECTIONS, PROMISE_STATUSES } from './note';

/** Longest text a single field may hold: generous for a long chat, bounded for safety. */
export const MAX_FIELD_CHARS = 20_000;
/** Dates further than this from today are almost certainly a typing mistake. */
const EARLIEST = Date.UTC(1990, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

const text = (max = MAX_FIELD_CHARS) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.integer(), v.minValue(EARLIEST), v.maxValue(LATEST));

export const CommitmentSchema = v.strictObject({
  id: text(64),
  by: v.picklist(['me', 'them']),
  what: text(2_000),
  dueAt: v.nullable(time),
  status: v.picklist(PROMISE_STATUSES),
});

export const NoteAmountSchema = v.strictObject({
  value: v.pipe(v.number(), v.finite(), v.minValue(0)),
  currency: v.nullable(v.picklist(CURRENCIES)),
});

export const NoteSourceSchema = v.strictObject({
  url: text(4_000),
  title: text(1_000),
});

/** Every field a person or a page may supply when a note is created. */
export const NoteDraftSchema = v.strictObject({
  occurredAt: v.optional(time),
  channel: v.optional(v.picklist(CHANNELS)),
  direction: v.optional(v.picklist(DIRECTIONS)),
  institution: v.optional(text(200)),
  agent: v.optional(text(200)),
  theySaid: v.optional(text()),
  iSaid: v.optional(text()),
  promises: v.optional(v.pipe(v.array(CommitmentSchema), v.maxLength(100))),
  amount: v.optional(v.nullable(NoteAmountSchema)),
  followUpAt: v.optional(v.nullable(time)),
  tags: v.optional(v.pipe(v.array(text(60)), v.maxLength(50))),
  source: v.optional(v.nullable(NoteSourceSchema)),
  signals: v.optional(v.pipe(v.array(v.picklist(LABELS)), v.maxLength(LABELS.length))),
});

/** A whole stored note, as export files carry it. */
export const NoteSchema = v.strictObject({
  ...NoteDraftSchema.entries,
  id: text(64),
  occurredAt: time,
  channel: v.picklist(CHANNELS),
  direction: v.picklist(DIRECTIONS),
  institution: text(200),
  agent: text(200),
  theySaid: text(),
  iSaid: text(),
  promises: v.pipe(v.array(CommitmentSchema), v.maxLength(100)),
  amount: v.nullable(NoteAmountSchema),
  followUpAt: v.nullable(time),
  tags: v.pipe(v.array(text(60)), v.maxLength(50)),
  source: v.nullable(NoteSourceSchema),
  signals: v.pipe(v.array(v.picklist(LABELS)), v.maxLength(LABELS.length)),
  createdAt: time,
  updatedAt: time,
  deletedAt: v.nullable(time),
});
