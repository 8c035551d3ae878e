/** The note the overlay asks the background to save: their message, the chosen reply, and where it happened. */
import type { Analysis } from '../analyzer/types';
import type { NoteDraft } from '../notes/note';
import { MAX_FIELD_CHARS } from '../notes/note-schema';

export interface NoteInput {
  message: string;
  reply: string;
  /** Null when the person saved without an analysis; the note then carries no signals. */
  analysis: Pick<Analysis, 'signals' | 'amounts'> | null;
  url: string;
  title: string;
  now: Date;
}

/** A draft that passes the background's schema: long texts are cut to the limits it accepts. */
export function noteDraftFor({ message, reply, analysis, url, title, now }: NoteInput): NoteDraft {
  const amount = analysis?.amounts.find((a) => Number.isFinite(a.value) && a.value >= 0);
  return {
    theySaid: message.slice(0, MAX_FIELD_CHARS),
    iSaid: reply.slice(0, MAX_FIELD_CHARS),
    channel: 'web_chat',
    direction: 'incoming',
    source: { url: url.slice(0, 4_000), title: title.slice(0, 1_000) },
    signals: [...new Set(analysis?.signals.map((s) => s.label))],
    amount: amount ? { value: amount.value, currency: amount.currency } : null,
    occurredAt: now.getTime(),
  };
}
