/** A gentle suggestion to save a backup: shown only when it is due, and quiet for 30 days once dismissed. */
import type { BackupState } from '../../utils/records/backup-reminder';
import { useApp } from '../app/AppFrame';
import { formatDate } from './dates';

interface Props {
  state: BackupState;
  onBackup: () => void;
  onDismiss: () => void;
}

export function BackupReminder({ state, onBackup, onDismiss }: Props) {
  const { t, locale } = useApp();
  return (
    <aside class="records-notice" aria-label={t('recordsExportTitle')} data-testid="records-backup-reminder">
      <p>
        {state.lastExportAt === null ? t('recordsReminderNever') : t('recordsReminderOld', { date: formatDate(state.lastExportAt, locale) })}
      </p>
      <div class="records-actions">
        <button type="button" class="records-button records-button-primary" onClick={onBackup}>
          {t('recordsReminderAction')}
        </button>
        <button type="button" class="records-button" onClick={onDismiss}>
          {t('recordsReminderDismiss')}
        </button>
      </div>
    </aside>
  );
}
