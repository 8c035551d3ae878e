/** What a person sees before their first note: why notes help, and how to start. */
import { useApp } from '../app/AppFrame';

/** The calm first screen, with the button that starts the first note. */
export function EmptyState({ onStart }: { onStart: () => void }) {
  const { t } = useApp();
  return (
    <section class="empty" aria-labelledby="notes-empty-title">
      <h2 id="notes-empty-title">{t('notesEmptyTitle')}</h2>
      <p>{t('notesEmptyWhy')}</p>
      <p>{t('notesEmptyHow')}</p>
      <p class="muted">{t('sidepanelOnDevice')}</p>
      <button type="button" class="primary" onClick={onStart}>
        {t('notesNewContact')}
      </button>
    </section>
  );
}
