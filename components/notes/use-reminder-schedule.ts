/** Keeps the reminder alarm on the next due follow-up or promise while the notes change. */
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { nextDueAt } from '../../utils/notes/due';
import type { Note } from '../../utils/notes/note';
import { scheduleReminder } from '../../utils/reminder-alarm';

/** Moves the reminder alarm to the next due time whenever the notes change. */
export function useReminderSchedule(notes: readonly Note[] | null): void {
  useEffect(() => {
    if (!notes || !browser.alarms) return;
    // Scheduling is best effort here; the background also sets the alarm when it starts.
    scheduleReminder(browser.alarms, nextDueAt(notes, Date.now())).catch(() => undefined);
  }, [notes]);
}
