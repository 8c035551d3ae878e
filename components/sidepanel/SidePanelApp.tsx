/** The side panel: the person's notes of every contact. */
import { useApp } from '../app/AppFrame';

export function SidePanelApp() {
  const { t } = useApp();
  return (
    <main class="sidepanel" data-testid="sidepanel">
      <header>
        <h1>{t('appName')}</h1>
        <p>{t('tagline')}</p>
      </header>
    </main>
  );
}
