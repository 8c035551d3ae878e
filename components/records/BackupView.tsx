/**
 * The "Backup & data" view of the side panel: export, import, storage status and
 * deleting everything, with a gentle reminder when a backup is due. It watches
 * counts and names only, so it stays light however many notes there are, and
 * follows every change (an export, an import, a note saved elsewhere) by itself.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { deleteAllData, dismissBackupReminder, watchBackupFacts, type BackupFacts } from '../../utils/db/backup';
import { getDatabase } from '../../utils/db/instance';
import { shouldRemindBackup } from '../../utils/records/backup-reminder';
import { EVERYTHING } from '../../utils/records/export-scope';
import { institutionChoices } from '../../utils/records/institutions';
import { useApp } from '../app/AppFrame';
import { BackupReminder } from './BackupReminder';
import { DeleteAllSection } from './DeleteAllSection';
import { exportJson } from './export-actions';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { useJurisdiction } from './jurisdiction-choice';
import { StorageSection } from './StorageSection';
import './records.css';

const describe = (error: unknown) => String((error as Error)?.message ?? error);

export function BackupView() {
  const { t } = useApp();
  const db = getDatabase();
  const [facts, setFacts] = useState<BackupFacts | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => watchBackupFacts(db, setFacts, (error) => setFailed(describe(error))), [db]);
  const institutions = useMemo(() => institutionChoices(facts?.institutions ?? []), [facts]);
  const [jurisdiction] = useJurisdiction(navigator.languages);

  const backupNow = () => exportJson(db, EVERYTHING, Date.now(), document).catch((error: unknown) => setFailed(describe(error)));
  const dismiss = () => dismissBackupReminder(db, Date.now()).catch((error: unknown) => setFailed(describe(error)));

  return (
    <section class="records-view" aria-labelledby="records-backup-title" data-testid="records-backup">
      <h2 id="records-backup-title">{t('recordsTabBackup')}</h2>
      {facts && shouldRemindBackup(facts.state, Date.now()) && (
        <BackupReminder state={facts.state} onBackup={() => void backupNow()} onDismiss={() => void dismiss()} />
      )}
      {failed && (
        <p role="alert" class="records-error">
          {t('somethingWentWrong', { detail: failed })}
        </p>
      )}
      <ExportSection institutions={institutions} jurisdiction={jurisdiction} lastExportAt={facts?.state.lastExportAt ?? null} />
      <ImportSection />
      <StorageSection storage={navigator.storage} counts={facts?.counts ?? null} />
      <DeleteAllSection counts={facts?.counts ?? null} onDelete={() => deleteAllData(db)} />
    </section>
  );
}
