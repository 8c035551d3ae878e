/** Saving the notes: a JSON backup, a CSV spreadsheet, or the printable report. */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDatabase } from '../../utils/db/instance';
import { EVERYTHING, scopeToQuery, type ExportScope } from '../../utils/records/export-scope';
import { useApp } from '../app/AppFrame';
import { formatDate } from './dates';
import { exportCsv, exportJson, isEverything, type ExportResult } from './export-actions';
import { ScopePicker } from './ScopePicker';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; result: ExportResult } | { kind: 'failed'; detail: string };

interface Props {
  institutions: readonly { key: string; name: string }[];
  jurisdiction: string;
  lastExportAt: number | null;
}

export function ExportSection({ institutions, jurisdiction, lastExportAt }: Props) {
  const { t, locale } = useApp();
  const [scope, setScope] = useState<ExportScope>(EVERYTHING);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = async (work: () => Promise<ExportResult>) => {
    setStatus({ kind: 'busy' });
    try {
      setStatus({ kind: 'done', result: await work() });
    } catch (error) {
      setStatus({ kind: 'failed', detail: String((error as Error)?.message ?? error) });
    }
  };
  const db = getDatabase();
  const reportQuery = scopeToQuery(scope);
  reportQuery.set('jurisdiction', jurisdiction);
  const busy = status.kind === 'busy';

  return (
    <section class="records-card" aria-labelledby="records-export-title">
      <h3 id="records-export-title">{t('recordsExportTitle')}</h3>
      <p>{t('recordsExportIntro')}</p>
      <p class="records-muted">{lastExportAt === null ? t('recordsNeverExported') : t('recordsLastExport', { date: formatDate(lastExportAt, locale) })}</p>
      <ScopePicker scope={scope} institutions={institutions} onChange={setScope} />
      {!isEverything(scope) && <p class="records-muted">{t('recordsScopePartial')}</p>}
      <div class="records-actions">
        <button type="button" class="records-button records-button-primary" disabled={busy} onClick={() => run(() => exportJson(db, scope, Date.now(), document))}>
          {t('recordsExportJson')}
        </button>
        <span class="records-muted">{t('recordsExportJsonHint')}</span>
      </div>
      <div class="records-actions">
        <button type="button" class="records-button" disabled={busy} onClick={() => run(() => exportCsv(db, scope, { t, locale }, Date.now(), document))}>
          {t('recordsExportCsv')}
        </button>
        <span class="records-muted">{t('recordsExportCsvHint')}</span>
      </div>
      <div class="records-actions">
        <a class="records-button" href={`${browser.runtime.getURL('/report.html')}?${reportQuery}`} target="_blank" rel="noopener">
          {t('recordsOpenReport')}
        </a>
        <span class="records-muted">{t('recordsExportReportHint')}</span>
      </div>
      <p role="status" aria-live="polite">
        {status.kind === 'busy' && t('recordsExporting')}
        {status.kind === 'done' && t('recordsExported', { count: status.result.count, file: status.result.file })}
      </p>
      {status.kind === 'failed' && (
        <p role="alert" class="records-error">
          {t('recordsExportFailed', { detail: status.detail })}
        </p>
      )}
    </section>
  );
}
