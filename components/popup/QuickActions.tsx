/** Log this contact, open the notes, and turn on help for the current site. */
import { browser } from 'wxt/browser';
import { usePopup } from './PopupFrame';
import { useActiveTab } from './active-tab';
import { useAnnounce } from './Announcer';
import { logContact, openNotesPanel } from './notes-panel';
import { SiteHelp } from './SiteHelp';

/** The row of quick actions for the tab the person is looking at. */
export function QuickActions() {
  const { t } = usePopup();
  const announce = useAnnounce();
  const tab = useActiveTab();
  // Both open a panel, which browsers allow only straight from the click.
  const report = (opened: Promise<boolean>) =>
    opened.then(
      (ok) => ok || announce(t('popupNotesDidNotOpen'), 'warning'),
      () => announce(t('popupNotesDidNotOpen'), 'warning'),
    );
  return (
    <section class="quick-actions" aria-label={t('popupQuickActions')}>
      <button type="button" class="primary" onClick={() => void report(logContact(browser, tab, Date.now()))}>
        {t('popupLogContact')}
      </button>
      <button type="button" class="secondary" onClick={() => void report(openNotesPanel(browser, tab?.windowId))}>
        {t('popupOpenNotes')}
      </button>
      <SiteHelp tab={tab} />
    </section>
  );
}
