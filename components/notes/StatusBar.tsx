/** A polite announcement of what just happened, with Undo when it can be undone. */
import { useApp } from '../app/AppFrame';

export interface Status {
  text: string;
  undo?: () => void;
}

/** The status line at the foot of the panel, always present as a polite live region. */
export function StatusBar({ status, onDismiss }: { status: Status | null; onDismiss: () => void }) {
  const { t } = useApp();
  // The live region stays in the page so screen readers hear each new message.
  return (
    <div class="status" role="status" aria-live="polite">
      {status && (
        <>
          <span>{status.text}</span>
          {status.undo && (
            <button type="button" class="secondary" onClick={status.undo}>
              {t('undo')}
            </button>
          )}
          <button type="button" class="link-button" onClick={onDismiss}>
            {t('close')}
          </button>
        </>
      )}
    </div>
  );
}
