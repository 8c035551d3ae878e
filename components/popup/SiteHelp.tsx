/**
 * "Help on this site": shows whether CalmLine may help on the current web page's
 * site, asks the browser for it, or gives it back. On the browser's own pages it
 * explains calmly why it cannot. Renders a button and a note line.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../utils/messaging';
import { isSiteHelpOn, turnOffSiteHelp, turnOnSiteHelp, webOrigin } from '../../utils/site-help';
import type { ActiveTab } from './active-tab';
import { useAnnounce } from './Announcer';
import { usePopup } from './PopupFrame';

type State = 'checking' | 'on' | 'off' | 'unavailable';

/** The "Help on this site" button and its note, for the active tab (undefined while it is read). */
export function SiteHelp({ tab }: { tab: ActiveTab | null | undefined }) {
  const { t } = usePopup();
  const announce = useAnnounce();
  const origin = tab ? webOrigin(tab.url) : null;
  const site = origin ? new URL(origin).host : '';
  const [checked, setChecked] = useState<'on' | 'off' | null>(null);
  const state: State = tab === undefined ? 'checking' : !origin ? 'unavailable' : (checked ?? 'checking');

  useEffect(() => {
    if (!origin) return;
    isSiteHelpOn(browser, origin).then(
      (on) => setChecked(on ? 'on' : 'off'),
      () => setChecked('off'),
    );
  }, [origin]);

  const turnOn = () => {
    if (!origin) return;
    // Called straight from the click, so the browser can show its permission prompt.
    void turnOnSiteHelp(browser, sendToBackground, origin).then((outcome) => {
      if (outcome.enabled) {
        setChecked('on');
        announce(t('popupSiteHelpOn', { site }));
      } else if ('declined' in outcome) announce(t('popupSiteHelpDeclined'), 'warning');
      else announce(t('somethingWentWrong', { detail: outcome.error }), 'warning');
    });
  };
  const turnOff = () => {
    if (!origin) return;
    void turnOffSiteHelp(sendToBackground, origin).then((outcome) => {
      if (outcome.ok) {
        setChecked('off');
        announce(t('popupSiteHelpOffNow', { site }));
      } else announce(t('somethingWentWrong', { detail: outcome.error }), 'warning');
    });
  };

  const note =
    state === 'unavailable' ? t('popupSiteHelpUnavailable') : state === 'on' ? t('popupSiteHelpOn', { site }) : t('popupSiteHelpWhat');
  return (
    <>
      {state === 'on' ? (
        <button type="button" class="secondary" aria-describedby="site-help-note" onClick={turnOff}>
          {t('popupSiteHelpTurnOff')}
        </button>
      ) : (
        <button type="button" class="secondary" disabled={state !== 'off'} aria-describedby="site-help-note" onClick={turnOn}>
          {t('popupSiteHelp')}
        </button>
      )}
      <p id="site-help-note" class="site-note muted small" data-testid="site-help" data-state={state}>
        {note}
      </p>
    </>
  );
}
