/**
 * What needs attention: follow-ups the person set and promises still open, by the
 * time they fall due. The side panel lists them; the background reminds at that time.
 */
import type { Commitment, Note } from './note';

export type DueItem =
  | { kind: 'follow-up'; note: Note; at: number }
  | { kind: 'promise'; note: Note; promise: Commitment; at: number };

/** Every dated follow-up and open promise of live notes, soonest first. */
export function dueDates(notes: readonly Note[]): DueItem[] {
  const items: DueItem[] = [];
  for (const note of notes) {
    if (note.deletedAt !== null) continue;
    if (note.followUpAt !== null) items.push({ kind: 'follow-up', note, at: note.followUpAt });
    for (const promise of note.promises) {
      if (promise.status === 'open' && promise.dueAt !== null) items.push({ kind: 'promise', note, promise, at: promise.dueAt });
    }
  }
  return items.sort((a, b) => a.at - b.at);
}

/**
 * Items due within `horizonMs` after `now`, and those overdue by at most
 * `lookbackMs`, most overdue first. Older open items are still found through the
 * notes themselves; a list of hundreds would help nobody.
 */
export function dueSoon(notes: readonly Note[], now: number, horizonMs: number, lookbackMs: number): DueItem[] {
  return dueDates(notes).filter((item) => item.at <= now + horizonMs && item.at >= now - lookbackMs);
}

/** Items that fall due after `after` and no later than `until`: what to remind about now. */
export function dueBetween(notes: readonly Note[], after: number, until: number): DueItem[] {
  return dueDates(notes).filter((item) => item.at > after && item.at <= until);
}

/** The first due time after `after`, or null when nothing is scheduled. */
export function nextDueAt(notes: readonly Note[], after: number): number | null {
  return dueDates(notes).find((item) => item.at > after)?.at ?? null;
}
