/** The popup: words for the moment, while a conversation is going on. */
import { useApp } from '../app/AppFrame';

export function PopupApp() {
  const { t } = useApp();
  return (
    <main class="popup" data-testid="popup">
      <header>
        <h1>{t('appName')}</h1>
        <p>{t('tagline')}</p>
      </header>
    </main>
  );
}
