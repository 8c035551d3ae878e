/** A one-line summary of a note for the timeline. */
import type { Note } from './note';

/** The first words of what was said (theirs, else mine, else a promise), on one line. */
export function summarize(note: Note, maxChars = 120): string {
  const source = [note.theySaid, note.iSaid, ...note.promises.map((p) => p.what)].find((s) => s.trim().length > 0) ?? '';
  const line = source.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= maxChars ? line : `${chars.slice(0, maxChars - 1).join('').trimEnd()}…`;
}
