/** Grouping notes by the local calendar day they happened on. */
import type { Note } from './note';

export interface DayGroup {
  /** `YYYY-MM-DD` in local time. */
  key: string;
  /** Local midnight that starts the day, epoch milliseconds. */
  start: number;
  notes: Note[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a time, as `YYYY-MM-DD`. */
export function dayKey(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The first and last millisecond of the local day containing `time`. */
export function dayBounds(time: number): { start: number; end: number } {
  const d = new Date(time);
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const end = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1;
  return { start, end };
}

/** Notes grouped by day, newest day first and newest note first within a day. */
export function groupByDay(notes: readonly Note[]): DayGroup[] {
  const sorted = [...notes].sort((a, b) => b.occurredAt - a.occurredAt);
  const groups: DayGroup[] = [];
  for (const note of sorted) {
    const key = dayKey(note.occurredAt);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.notes.push(note);
    else groups.push({ key, start: dayBounds(note.occurredAt).start, notes: [note] });
  }
  return groups;
}
