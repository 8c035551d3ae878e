/**
 * The "Backup & data" view of the side panel: export, import, storage status and
 * deleting everything, with a gentle reminder when a backup is due.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { countStored, deleteAllData, dismissBackupReminder, readBackupState, type StoredCounts } from '../../utils/db/backup';
import { getDatabase } from '../../utils/db/instance';
import { shouldRemindBackup, type BackupState } from '../../utils/records/backup-reminder';
import { EVERYTHING } from '../../utils/records/export-scope';
import { groupByInstitution } from '../../utils/records/institutions';
import { useApp } from '../app/AppFrame';
import { BackupReminder } from './BackupReminder';
import { DeleteAllSection } from './DeleteAllSection';
import { exportJson } from './export-actions';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { useJurisdiction } from './jurisdiction-choice';
import { StorageSection } from './StorageSection';
import { useNotes } from './use-notes';
import './records.css';

export function BackupView() {
  const { t } = useApp();
  const db = getDatabase();
  const notes = useNotes();
  const groups = useMemo(() => groupByInstitution(notes ?? []), [notes]);
  const [jurisdiction] = useJurisdiction(navigator.languages);
  const [state, setState] = useState<BackupState | null>(null);
  const [counts, setCounts] = useState<StoredCounts | null>(null);
  const [reminderFailed, setReminderFailed] = useState<string | null>(null);
  const refresh = useCallback(() => {
    void Promise.all([readBackupState(db), countStored(db)]).then(([s, c]) => {
      setState(s);
      setCounts(c);
    });
  }, [db]);
  // Notes change from other surfaces too: the counts follow them.
  useEffect(refresh, [refresh, notes]);

  const backupNow = () =>
    exportJson(db, EVERYTHING, Date.now(), document).then(refresh, (error: unknown) => setReminderFailed(String((error as Error)?.message ?? error)));
  const dismiss = () => void dismissBackupReminder(db, Date.now()).then(refresh);

  return (
    <section class="records-view" aria-labelledby="records-backup-title" data-testid="records-backup">
      <h2 id="records-backup-title">{t('recordsTabBackup')}</h2>
      {state && shouldRemindBackup(state, Date.now()) && <BackupReminder state={state} onBackup={() => void backupNow()} onDismiss={dismiss} />}
      {reminderFailed && (
        <p role="alert" class="records-error">
          {t('recordsExportFailed', { detail: reminderFailed })}
        </p>
      )}
      <ExportSection groups={groups} jurisdiction={jurisdiction} lastExportAt={state?.lastExportAt ?? null} onExported={refresh} />
      <ImportSection onImported={refresh} />
      <StorageSection storage={navigator.storage} counts={counts} />
      <DeleteAllSection
        counts={counts}
        onDelete={async () => {
          await deleteAllData(db);
          refresh();
        }}
      />
    </section>
  );
}
