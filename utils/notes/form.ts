/**
 * The note editor's fields as the inputs hold them (strings), and the conversions
 * to and from a draft. Kept apart from the component so the rules are testable.
 */
import type { Currency, Label } from '../analyzer/types';
import { fromDateTimeInput, toDateTimeInput } from './local-time';
import type { Channel, Direction, Note, NoteDraft, NoteSource, PromiseStatus } from './note';
import type { DraftProblem } from './validate';

export interface PromiseRow {
  id: string;
  by: 'me' | 'them';
  what: string;
  /** `YYYY-MM-DDTHH:mm`, or empty when no date was given. */
  dueAt: string;
  status: PromiseStatus;
}

export interface NoteForm {
  occurredAt: string;
  channel: Channel;
  direction: Direction;
  institution: string;
  agent: string;
  theySaid: string;
  iSaid: string;
  promises: PromiseRow[];
  amountValue: string;
  amountCurrency: Currency | '';
  followUpAt: string;
  tags: string;
  source: NoteSource | null;
  signals: Label[];
}

const timeInput = (time: number | null | undefined) => (time == null ? '' : toDateTimeInput(time));

/** Form fields showing a note or a draft; a new contact defaults to a phone call now. */
export function formFromNote(note: NoteDraft | Note, now: number): NoteForm {
  return {
    occurredAt: toDateTimeInput(note.occurredAt ?? now),
    channel: note.channel ?? 'phone',
    direction: note.direction ?? 'incoming',
    institution: note.institution ?? '',
    agent: note.agent ?? '',
    theySaid: note.theySaid ?? '',
    iSaid: note.iSaid ?? '',
    promises: (note.promises ?? []).map((p) => ({ ...p, dueAt: timeInput(p.dueAt) })),
    amountValue: note.amount ? String(note.amount.value) : '',
    amountCurrency: note.amount?.currency ?? '',
    followUpAt: timeInput(note.followUpAt),
    tags: (note.tags ?? []).join(', '),
    source: note.source ?? null,
    signals: note.signals ?? [],
  };
}

/** Tags are separated by commas in any script, or by the Chinese enumeration comma. */
export const splitTags = (text: string): string[] =>
  text
    .split(/[,，、;；]/)
    .map((t) => t.trim())
    .filter(Boolean);

/** A money amount as people type it: `1,240.50`, `１２４０`, ` 300 `; null when unreadable. */
export function parseAmount(text: string): number | null {
  const plain = text.normalize('NFKC').replace(/[,\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(plain)) return null;
  return Number(plain);
}

/** The draft the form describes, plus what could not be read (dates, numbers). */
export function draftFromForm(form: NoteForm): { draft: NoteDraft; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const time = (field: string, value: string, required: boolean): number | null => {
    if (!value.trim() && !required) return null;
    const parsed = fromDateTimeInput(value);
    if (parsed === null) problems.push({ field, kind: 'invalid' });
    return parsed;
  };

  const occurredAt = time('occurredAt', form.occurredAt, true);
  const followUpAt = time('followUpAt', form.followUpAt, false);
  const promises = form.promises
    .filter((row) => row.what.trim() || row.dueAt.trim())
    .map((row, i) => ({ ...row, dueAt: time(`promises.${i}.dueAt`, row.dueAt, false) }));
  const amountValue = form.amountValue.trim() ? parseAmount(form.amountValue) : null;
  if (form.amountValue.trim() && amountValue === null) problems.push({ field: 'amount', kind: 'invalid' });

  const draft: NoteDraft = {
    channel: form.channel,
    direction: form.direction,
    institution: form.institution,
    agent: form.agent,
    theySaid: form.theySaid,
    iSaid: form.iSaid,
    promises,
    amount: amountValue === null ? null : { value: amountValue, currency: form.amountCurrency || null },
    followUpAt,
    tags: splitTags(form.tags),
    source: form.source,
    signals: form.signals,
  };
  if (occurredAt !== null) draft.occurredAt = occurredAt;
  return { draft, problems };
}
