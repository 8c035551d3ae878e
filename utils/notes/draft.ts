/** Turning what a person or a page supplied into a complete note, and applying edits. */
import type { Note, NoteDraft } from './note';

/** Text fields are stored without the blank lines and spaces around them. */
const tidy = (text: string | undefined) => (text ?? '').trim();

const tidyTags = (tags: readonly string[] | undefined) => [...new Set((tags ?? []).map((t) => t.trim()).filter(Boolean))];

/** A complete note from a draft: anything left out gets its calm default. */
export function noteFromDraft(draft: NoteDraft, id: string, now: number): Note {
  return {
    id,
    occurredAt: draft.occurredAt ?? now,
    channel: draft.channel ?? 'other',
    direction: draft.direction ?? 'incoming',
    institution: tidy(draft.institution),
    agent: tidy(draft.agent),
    theySaid: tidy(draft.theySaid),
    iSaid: tidy(draft.iSaid),
    promises: (draft.promises ?? []).map((p) => ({ ...p, what: tidy(p.what) })),
    amount: draft.amount ?? null,
    followUpAt: draft.followUpAt ?? null,
    tags: tidyTags(draft.tags),
    source: draft.source ?? null,
    signals: [...new Set(draft.signals ?? [])],
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
}

/** The note with the fields `change` names replaced; identity and creation time stay. */
export function applyChange(note: Note, change: NoteDraft, now: number): Note {
  const merged = noteFromDraft({ ...note, ...change }, note.id, now);
  return { ...merged, createdAt: note.createdAt, deletedAt: note.deletedAt };
}
