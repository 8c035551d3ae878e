/**
 * Putting a ready phrase straight into the page's chat box. Offered only where the
 * person turned on help for the site, since only there is the content script that
 * does the inserting (see entrypoints/content/insert-phrase.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { sendToContent } from '../../utils/messaging';
import { useActiveTab, type ActiveTab } from './active-tab';
import { isSiteHelpOn, webOrigin } from './site-help';

type Api = Pick<typeof browser, 'permissions'>;
type Send = typeof sendToContent;

/** The tab a phrase can go into: the active tab when help is on for its site, else null. */
export async function insertableTab(api: Api, tab: ActiveTab | null): Promise<number | null> {
  const origin = tab && tab.id !== null ? webOrigin(tab.url) : null;
  if (!tab || tab.id === null || !origin) return null;
  return (await isSiteHelpOn(api, origin)) ? tab.id : null;
}

/** What became of an insert: in the chat box, no chat box known on the page, or no answer from it. */
export type InsertOutcome = 'inserted' | 'no-field' | 'unreachable';

/** Asks the page's own frame to put `text` into the chat box the person last focused there. */
export async function insertPhrase(send: Send, tabId: number, text: string): Promise<InsertOutcome> {
  // The top frame: a reply from every frame would race, and the first, not the right one, would win.
  const reply = await send(tabId, 'insertText', { text }, 0);
  if (!reply.ok) return 'unreachable';
  return reply.value.inserted ? 'inserted' : 'no-field';
}

/** The id of the tab phrases can be inserted into, once known; null when there is none. */
export function useInsertableTab(): number | null {
  const tab = useActiveTab();
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    if (!tab) return;
    let current = true;
    insertableTab(browser, tab).then(
      (id) => current && setTabId(id),
      () => current && setTabId(null),
    );
    return () => {
      current = false;
    };
  }, [tab]);
  return tabId;
}
