/**
 * Empties the bin of notes deleted more than BIN_KEEPS_DAYS ago: when the browser
 * starts or the extension is installed or updated (a minute later), and once a day after that.
 */
import type { browser } from 'wxt/browser';
import { getDatabase } from '../../utils/db/instance';
import { purgeDeleted } from '../../utils/db/notes-repository';
import { binCutoff } from '../../utils/notes/bin';

type Api = Pick<typeof browser, 'alarms' | 'runtime'>;

export const BIN_ALARM = 'calmline-empty-bin';
const DAILY_MINUTES = 24 * 60;

/** Removes for good the notes that have been in the bin long enough; returns how many. */
export const emptyBin = (now = Date.now()): Promise<number> => purgeDeleted(getDatabase(), binCutoff(now));

/** Wires the daily alarm. Call once from the background's main(). */
export function startBinEmptying(api: Api): void {
  // The first emptying waits a minute: starting the browser has more urgent work.
  const schedule = () => void api.alarms.create(BIN_ALARM, { delayInMinutes: 1, periodInMinutes: DAILY_MINUTES });
  api.runtime.onInstalled.addListener(schedule);
  api.runtime.onStartup.addListener(schedule);
  api.alarms.onAlarm.addListener((alarm) => {
    // A failed write (a full disk) leaves the notes where they are; the next day tries again.
    if (alarm.name === BIN_ALARM) void emptyBin().catch(() => undefined);
  });
}
