/** Opens the notes side panel (Chrome) or sidebar (Firefox), optionally on one note. */
import type { browser } from 'wxt/browser';
import { sidePanelRequestItem } from '../../utils/side-panel-request';

type Browser = typeof browser;

export async function openNotes(api: Browser, windowId: number | undefined, noteId?: string): Promise<boolean> {
  if (noteId) await sidePanelRequestItem.setValue({ kind: 'show-note', noteId, at: Date.now() });
  const sidePanel = (api as { sidePanel?: { open(o: { windowId: number }): Promise<void> } }).sidePanel;
  if (sidePanel && windowId !== undefined) {
    await sidePanel.open({ windowId });
    return true;
  }
  const sidebar = (api as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) {
    await sidebar.open();
    return true;
  }
  return false;
}
