/** A note drafted from a message a collector sent, with what the analyzer found in it. */
import type { Analysis } from '../analyzer/types';
import type { NoteDraft, NoteSource } from './note';

export interface MessageContext {
  now: number;
  /** The page the message was on, if any. */
  source?: NoteSource | null;
  /** The reply the person chose to send. */
  reply?: string;
}

// The same bounds the note schema enforces; a deadline outside them is left out.
const LATEST = Date.UTC(2100, 0, 1);

/** The first time limit in the message still ahead of `now`, as epoch milliseconds. */
function nextDeadline(analysis: Analysis, now: number): number | null {
  const times = analysis.deadlines
    .map((d) => (d.at ? Date.parse(d.at) : Number.NaN))
    .filter((t) => Number.isFinite(t) && t > now && t < LATEST);
  return times.length ? Math.min(...times) : null;
}

/**
 * A draft holding the message as what they said, the chosen reply as what I said,
 * the signals, the first amount and agent named, and a follow-up at the message's
 * time limit so the person is reminded before it passes.
 */
export function draftFromMessage(text: string, analysis: Analysis | null, context: MessageContext): NoteDraft {
  const draft: NoteDraft = { occurredAt: context.now, theySaid: text, iSaid: context.reply ?? '', source: context.source ?? null };
  if (!analysis) return draft;
  draft.signals = [...new Set(analysis.signals.map((s) => s.label))];
  const amount = analysis.amounts.find((a) => Number.isFinite(a.value) && a.value >= 0);
  if (amount) draft.amount = { value: amount.value, currency: amount.currency };
  const agent = analysis.contacts.find((c) => c.kind === 'agent');
  if (agent) draft.agent = agent.value.slice(0, 200);
  const deadline = nextDeadline(analysis, context.now);
  if (deadline !== null) draft.followUpAt = deadline;
  return draft;
}
