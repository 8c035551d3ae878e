/**
 * Putting a ready phrase straight into the page's chat box. Offered only where the
 * person turned on help for the site, since only there is the content script that
 * does the inserting (see entrypoints/content/insert-phrase.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { fieldFrameOf, TOP_FRAME } from '../../utils/field-frames';
import type { sendToContent } from '../../utils/messaging';
import { isSiteHelpOn, webOrigin } from '../../utils/site-help';
import { useActiveTab, type ActiveTab } from './active-tab';

type Api = Pick<typeof browser, 'permissions'>;
type Send = typeof sendToContent;

/** The tab a phrase can go into: the active tab when help is on for its site, else null. */
export async function insertableTab(api: Api, tab: ActiveTab | null): Promise<number | null> {
  const origin = tab && tab.id !== null ? webOrigin(tab.url) : null;
  if (!tab || tab.id === null || !origin) return null;
  return (await isSiteHelpOn(api, origin)) ? tab.id : null;
}

/**
 * What became of an insert: in the chat box; the chat box is in a part of the page
 * CalmLine cannot reach (another site's frame); no chat box known; or no answer.
 */
export type InsertOutcome = 'inserted' | 'out-of-reach' | 'no-field' | 'unreachable';

/** The more telling of two outcomes, for the person: the first of this list that happened. */
const TELLING: readonly InsertOutcome[] = ['inserted', 'out-of-reach', 'no-field', 'unreachable'];

/**
 * Puts `text` into the chat box the person focused last in the tab: in the frame that
 * box is in (a chat widget is often a frame of its own), else in the top frame.
 */
export async function insertPhrase(
  send: Send,
  tabId: number,
  text: string,
  frameOf: (tabId: number) => Promise<number> = fieldFrameOf,
): Promise<InsertOutcome> {
  // One frame at a time: sent to every frame, the replies would race and each frame
  // that knew a field would insert the phrase into it.
  const frame = await frameOf(tabId).catch(() => TOP_FRAME);
  const outcome = await insertInFrame(send, tabId, text, frame);
  if (outcome === 'inserted' || frame === TOP_FRAME) return outcome;
  // The frame has gone or forgotten its field (the widget reloaded): nothing was inserted
  // there, so the top frame is tried next.
  const top = await insertInFrame(send, tabId, text, TOP_FRAME);
  return TELLING.find((o) => o === outcome || o === top)!;
}

async function insertInFrame(send: Send, tabId: number, text: string, frameId: number): Promise<InsertOutcome> {
  const reply = await send(tabId, 'insertText', { text }, frameId);
  if (!reply.ok) return 'unreachable';
  const { result } = reply.value;
  return result === 'focus-in-frame' ? 'out-of-reach' : result;
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
