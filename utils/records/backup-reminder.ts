/**
 * When to suggest exporting a backup: there are notes, and none was exported in
 * the last 30 days. A dismissal quiets it for another 30 days, so it never nags.
 */
import { DAY_MS } from '../time-units';

export const REMIND_AFTER_MS = 30 * DAY_MS;

export interface BackupState {
  noteCount: number;
  /** Last export time, epoch ms, or null when there was none. */
  lastExportAt: number | null;
  /** When the reminder was last dismissed, epoch ms, or null. */
  dismissedAt: number | null;
}

/** Should the gentle backup reminder show now? */
export function shouldRemindBackup({ noteCount, lastExportAt, dismissedAt }: BackupState, now: number): boolean {
  if (noteCount === 0) return false;
  if (lastExportAt !== null && now - lastExportAt < REMIND_AFTER_MS) return false;
  return dismissedAt === null || now - dismissedAt >= REMIND_AFTER_MS;
}
