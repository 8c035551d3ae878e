/**
 * Opens the notes side panel (Chrome) or sidebar (Firefox) from the popup,
 * optionally on a new note about the current page.
 */
import type { browser } from 'wxt/browser';
import { sidePanelRequestItem } from '../../utils/side-panel-request';
import { webOrigin } from '../../utils/site-help';
import type { ActiveTab } from './active-tab';

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the panel; resolves to whether a panel could be opened. Call it straight
 * from the click: browsers open panels only in answer to a gesture, so the open
 * call happens before anything is awaited.
 */
export function openNotesPanel(api: typeof browser, windowId: number | undefined): Promise<boolean> {
  const { sidePanel, sidebarAction } = api as unknown as PanelApis;
  if (sidePanel && windowId !== undefined) return sidePanel.open({ windowId }).then(() => true);
  if (sidebarAction) return sidebarAction.open().then(() => true);
  return Promise.resolve(false);
}

/** Asks the panel for a new note about `tab` (its page, when it is a web page) and opens it. */
export function logContact(api: typeof browser, tab: ActiveTab | null | undefined, now: number): Promise<boolean> {
  const source = tab && webOrigin(tab.url) ? { url: tab.url.slice(0, 4_000), title: tab.title.slice(0, 1_000) } : null;
  const requested = sidePanelRequestItem.setValue({ kind: 'new-note', source, at: now });
  const opened = openNotesPanel(api, tab?.windowId);
  return Promise.all([requested, opened]).then(([, wasOpened]) => wasOpened);
}
