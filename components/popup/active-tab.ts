/** The tab the person was looking at when they opened the popup. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

type Api = Pick<typeof browser, 'tabs'>;

export interface ActiveTab {
  /** Null for a tab the browser gives no id (such as devtools). */
  id: number | null;
  windowId: number;
  url: string;
  title: string;
}

/** The active tab of the current window, or null when there is none to read. */
export async function readActiveTab(api: Api): Promise<ActiveTab | null> {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.windowId === undefined) return null;
  return { id: tab.id ?? null, windowId: tab.windowId, url: tab.url ?? '', title: tab.title ?? '' };
}

/** The active tab once read: undefined while reading, null when there is none. */
export function useActiveTab(): ActiveTab | null | undefined {
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  useEffect(() => {
    readActiveTab(browser).then(setTab, () => setTab(null));
  }, []);
  return tab;
}
