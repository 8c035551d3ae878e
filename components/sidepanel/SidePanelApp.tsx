/** The side panel: a small frame of views (notes first), with settings in the header. */
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../app/AppFrame';
import { SettingsMenu } from './SettingsMenu';
import { ViewTabs, panelId, tabId } from './ViewTabs';
import { NOTES_VIEW, VIEWS } from './views';
import { useSidePanelRequest } from './use-side-panel-request';
import './sidepanel.css';

/** The whole side panel page; switches to the notes view when a request arrives. */
export function SidePanelApp() {
  const { t } = useApp();
  const [active, setActive] = useState(VIEWS[0]!.id);
  const [request, handled] = useSidePanelRequest();
  useEffect(() => {
    if (request) setActive(NOTES_VIEW);
  }, [request]);
  const view = VIEWS.find((v) => v.id === active) ?? VIEWS[0]!;
  const title = `${t(view.label)} — ${t('appName')}`;
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <main class="sidepanel" data-testid="sidepanel">
      <header class="sidepanel-header">
        <h1>{t('appName')}</h1>
        <SettingsMenu />
      </header>
      <ViewTabs views={VIEWS} active={view.id} onSelect={setActive} />
      <div id={panelId(view.id)} class="view" role="tabpanel" aria-labelledby={tabId(view.id)}>
        {view.render({ request: view.id === NOTES_VIEW ? request : null, onRequestHandled: handled })}
      </div>
    </main>
  );
}
