/**
 * The sites where the person allowed CalmLine in chats, each with a way to take it
 * back. The popup turns help on and off for the site in front of it; this list is
 * the one place to see every such site at once, and to turn one off from anywhere.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../utils/messaging';
import { sitesWithHelp, turnOffSiteHelp } from '../../utils/site-help';
import { useApp } from '../app/AppFrame';

type Api = Pick<typeof browser, 'permissions'>;
type Send = typeof sendToBackground;

/** The list, kept in step with the browser's grants (the popup may change them while it is open). */
export function SitesWithHelp({ api = browser, send = sendToBackground }: { api?: Api; send?: Send }) {
  const { t } = useApp();
  const [sites, setSites] = useState<string[] | null>(null);
  const [status, setStatus] = useState<{ text: string; warning: boolean } | null>(null);

  useEffect(() => {
    let current = true;
    const refresh = () =>
      void sitesWithHelp(api).then(
        (found) => current && setSites(found),
        () => current && setSites([]),
      );
    refresh();
    api.permissions.onAdded.addListener(refresh);
    api.permissions.onRemoved.addListener(refresh);
    return () => {
      current = false;
      api.permissions.onAdded.removeListener(refresh);
      api.permissions.onRemoved.removeListener(refresh);
    };
  }, [api]);

  const turnOff = async (origin: string) => {
    const site = new URL(origin).host;
    const outcome = await turnOffSiteHelp(send, origin);
    if (!outcome.ok) return setStatus({ text: t('somethingWentWrong', { detail: outcome.error }), warning: true });
    setSites((now) => (now ?? []).filter((s) => s !== origin));
    setStatus({ text: t('sidepanelSitesOff', { site }), warning: false });
  };

  if (sites === null) return null;
  return (
    <section class="sites" aria-labelledby="sites-title" data-testid="sites-with-help">
      <h2 id="sites-title">{t('sidepanelSites')}</h2>
      {sites.length === 0 ? (
        <p class="muted">{t('sidepanelSitesNone')}</p>
      ) : (
        <ul>
          {sites.map((origin) => {
            const site = new URL(origin).host;
            return (
              <li key={origin}>
                <span class="site" title={origin}>
                  {site}
                </span>
                <button type="button" aria-label={t('sidepanelSitesTurnOffFor', { site })} onClick={() => void turnOff(origin)}>
                  {t('sidepanelSitesTurnOff')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" aria-live="polite" class={status?.warning ? 'warning' : 'muted'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
