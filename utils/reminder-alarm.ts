/**
 * The one alarm that wakes the background when a follow-up or promise falls due.
 * The background sets it when it starts and after each reminder; an open side
 * panel moves it whenever the notes change, so a new follow-up is never missed.
 */
import type { browser } from 'wxt/browser';

type Alarms = Pick<(typeof browser)['alarms'], 'create' | 'clear'>;

export const REMINDER_ALARM = 'calmline-reminder';

/** Sets the reminder alarm to fire at `at`, or clears it when nothing is due. */
export async function scheduleReminder(alarms: Alarms, at: number | null): Promise<void> {
  if (at === null) await alarms.clear(REMINDER_ALARM);
  else await alarms.create(REMINDER_ALARM, { when: at });
}
