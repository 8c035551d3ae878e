import { describe, expect, it } from 'vitest';
import { REMIND_AFTER_MS, shouldRemindBackup } from '../../../utils/records/backup-reminder';

const now = Date.UTC(2026, 3, 1);
const day = 86_400_000;

describe('backup reminder', () => {
  it('stays quiet with no notes', () => {
    expect(shouldRemindBackup({ noteCount: 0, lastExportAt: null, dismissedAt: null }, now)).toBe(false);
  });

  it('shows when there are notes and no export in 30 days', () => {
    expect(shouldRemindBackup({ noteCount: 3, lastExportAt: null, dismissedAt: null }, now)).toBe(true);
    expect(shouldRemindBackup({ noteCount: 3, lastExportAt: now - REMIND_AFTER_MS, dismissedAt: null }, now)).toBe(true);
    expect(shouldRemindBackup({ noteCount: 3, lastExportAt: now - 29 * day, dismissedAt: null }, now)).toBe(false);
  });

  it('stays quiet for 30 days after it is dismissed', () => {
    expect(shouldRemindBackup({ noteCount: 3, lastExportAt: null, dismissedAt: now - 29 * day }, now)).toBe(false);
    expect(shouldRemindBackup({ noteCount: 3, lastExportAt: null, dismissedAt: now - 30 * day }, now)).toBe(true);
  });
});
