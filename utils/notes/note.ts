/**
 * A note: one contact with a lender or collector, as the person recorded it.
 * This is version 1 of the stored shape; later versions migrate from it, so
 * fields are only ever added, never renamed in place.
 */
import type { Currency, Label } from '../analyzer/types';

export const CHANNELS = ['phone', 'sms', 'web_chat', 'email', 'letter', 'visit', 'app', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Who started the contact. */
export const DIRECTIONS = ['incoming', 'outgoing'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const PROMISE_STATUSES = ['open', 'kept', 'broken'] as const;
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];

/** Something one side said it would do. */
export interface Commitment {
  id: string;
  /** `me` — the person keeping the notes; `them` — the lender or agent. */
  by: 'me' | 'them';
  what: string;
  /** Epoch milliseconds, or null when no date was given. */
  dueAt: number | null;
  status: PromiseStatus;
}

export interface NoteAmount {
  value: number;
  currency: Currency | null;
}

export interface NoteSource {
  url: string;
  title: string;
}

export interface Note {
  /** A random UUID, so imports can recognise notes they already hold. */
  id: string;
  /** When the contact happened, epoch milliseconds. */
  occurredAt: number;
  channel: Channel;
  direction: Direction;
  /** Lender or collection agency. */
  institution: string;
  /** Agent name or staff number. */
  agent: string;
  theySaid: string;
  iSaid: string;
  promises: Commitment[];
  amount: NoteAmount | null;
  /** When to follow up, epoch milliseconds. */
  followUpAt: number | null;
  tags: string[];
  /** The page it was saved from, if any. */
  source: NoteSource | null;
  /** Analyzer labels found in what they said. */
  signals: Label[];
  createdAt: number;
  updatedAt: number;
  /** Set when deleted; the note can be restored until it is purged. */
  deletedAt: number | null;
}

/** What a caller provides to create a note; the store fills in the rest. */
export type NoteDraft = Partial<Omit<Note, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>>;
