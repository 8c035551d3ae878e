/** Answers the typed messages that content scripts and pages send to the background. */
import { browser } from 'wxt/browser';
import { onBackgroundMessage } from '../../utils/messaging';
import { setSiteAccess } from './site-access';
import { openNotes } from './side-panel';

export function startMessageHandlers(): void {
  onBackgroundMessage({
    saveNote: async () => {
      throw new Error('Saving notes is not available yet.');
    },
    setSiteAccess: async ({ origin, enabled }) => ({ enabled: await setSiteAccess(browser, origin, enabled) }),
    openNotes: async ({ noteId }, sender) => ({ opened: await openNotes(browser, sender.tab?.windowId, noteId) }),
  });
}
