/**
 * "Delete all my data": a confirmation that says exactly what goes — how many
 * notes, how many in the bin, the reminder and backup records — and what stays.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredCounts } from '../../utils/db/backup';
import { useApp } from '../app/AppFrame';

interface Props {
  counts: StoredCounts | null;
  onDelete: () => Promise<void>;
}

export function DeleteAllSection({ counts, onDelete }: Props) {
  const { t } = useApp();
  const [step, setStep] = useState<'idle' | 'confirming' | 'deleting' | 'done' | { failed: string }>('idle');
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (step === 'confirming') confirmRef.current?.focus();
  }, [step]);
  const remove = async () => {
    setStep('deleting');
    try {
      await onDelete();
      setStep('done');
    } catch (error) {
      setStep({ failed: String((error as Error)?.message ?? error) });
    }
  };

  return (
    <section class="records-card" aria-labelledby="records-delete-title">
      <h3 id="records-delete-title">{t('recordsDeleteTitle')}</h3>
      <p>{t('recordsDeleteIntro')}</p>
      {step !== 'confirming' && step !== 'deleting' && (
        <div class="records-actions">
          <button type="button" class="records-button records-button-danger" onClick={() => setStep('confirming')}>
            {t('recordsDeleteButton')}
          </button>
        </div>
      )}
      {(step === 'confirming' || step === 'deleting') && (
        <div class="records-confirm" role="group" aria-labelledby="records-delete-what" tabIndex={-1} ref={confirmRef}>
          <p id="records-delete-what">{t('recordsDeleteWhat', { live: counts?.live ?? 0, deleted: counts?.deleted ?? 0 })}</p>
          <div class="records-actions">
            <button type="button" class="records-button records-button-danger records-button-primary" disabled={step === 'deleting'} onClick={() => void remove()}>
              {t('recordsDeleteConfirm')}
            </button>
            <button type="button" class="records-button" disabled={step === 'deleting'} onClick={() => setStep('idle')}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" aria-live="polite">
        {step === 'done' && t('recordsDeleteDone')}
      </p>
      {typeof step === 'object' && (
        <p role="alert" class="records-error">
          {t('somethingWentWrong', { detail: step.failed })}
        </p>
      )}
    </section>
  );
}
