/**
 * Bringing notes back from a backup: the file is read and checked completely,
 * a preview says what would change, and only on confirmation is anything written
 * — all at once, or not at all.
 */
import { useId, useState } from 'preact/hooks';
import { applyImport, previewImport, type ImportCounts } from '../../utils/db/backup';
import { getDatabase } from '../../utils/db/instance';
import type { Note } from '../../utils/notes/note';
import { checkImportSize } from '../../utils/records/import-parse';
import { readImportFile } from '../../utils/records/read-import';
import { useApp } from '../app/AppFrame';
import { formatDateTime } from './dates';
import { importErrorText } from './import-error-text';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'refused'; summary: string; problems: string[] }
  | { kind: 'preview'; notes: Note[]; exportedAt: string; counts: ImportCounts }
  | { kind: 'writing'; done: number; total: number }
  | { kind: 'done'; counts: ImportCounts }
  | { kind: 'failed'; detail: string };

/** Lets the "checking" message paint before the long, synchronous check of a large file. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function ImportSection() {
  const { t, locale } = useApp();
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const check = async (file: File) => {
    setStep({ kind: 'checking' });
    const tooLarge = checkImportSize(file.size);
    const refuse = (error: Parameters<typeof importErrorText>[0]) => setStep({ kind: 'refused', ...importErrorText(error, t) });
    if (tooLarge) return refuse(tooLarge);
    await nextFrame();
    const reading = readImportFile(await file.text());
    if (!reading.ok) return refuse(reading.error);
    const counts = await previewImport(getDatabase(), reading.notes);
    setStep({ kind: 'preview', notes: reading.notes, exportedAt: reading.exportedAt, counts });
  };

  const write = async (notes: Note[]) => {
    setStep({ kind: 'writing', done: 0, total: notes.length });
    try {
      const counts = await applyImport(getDatabase(), notes, (done, total) => setStep({ kind: 'writing', done, total }));
      setStep({ kind: 'done', counts });
    } catch (error) {
      setStep({ kind: 'failed', detail: String((error as Error)?.message ?? error) });
    }
  };

  const busy = step.kind === 'checking' || step.kind === 'writing';
  return (
    <section class="records-card" aria-labelledby={`${id}-title`} data-testid="records-import">
      <h3 id={`${id}-title`}>{t('recordsImportTitle')}</h3>
      <p>{t('recordsImportIntro')}</p>
      <div class="records-field">
        <label for={`${id}-file`}>{t('recordsImportChoose')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void check(file).catch((error: unknown) => setStep({ kind: 'failed', detail: String((error as Error)?.message ?? error) }));
          }}
        />
      </div>
      <div role="status" aria-live="polite">
        {step.kind === 'checking' && <p>{t('recordsImportChecking')}</p>}
        {step.kind === 'writing' && <p>{t('recordsImportWriting', { done: step.done, total: step.total })}</p>}
        {step.kind === 'done' && (
          <p class="records-notice">
            {step.counts.added + step.counts.updated === 0 ? t('recordsImportNothing') : t('recordsImportDone', { ...step.counts })}
          </p>
        )}
      </div>
      {step.kind === 'refused' && (
        <div role="alert" class="records-error">
          <p>{step.summary}</p>
          {step.problems.length > 0 && (
            <ul>
              {step.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
          <p>{t('recordsImportRefused')}</p>
        </div>
      )}
      {step.kind === 'failed' && (
        <p role="alert" class="records-error">
          {t('recordsImportWriteFailed', { detail: step.detail })}
        </p>
      )}
      {step.kind === 'preview' && (
        <div class="records-notice" data-testid="records-import-preview">
          <p>{t('recordsImportPreview', { date: formatDateTime(Date.parse(step.exportedAt), locale), total: step.notes.length })}</p>
          <p>{t('recordsImportPreviewCounts', { ...step.counts })}</p>
          {step.counts.updated > 0 && <p class="records-muted">{t('recordsImportNewerRule')}</p>}
          <div class="records-actions">
            <button type="button" class="records-button records-button-primary" onClick={() => void write(step.notes)}>
              {t('recordsImportConfirm')}
            </button>
            <button type="button" class="records-button" onClick={() => setStep({ kind: 'idle' })}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
