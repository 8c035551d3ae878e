/** Opens the notes side panel (Chrome) or sidebar (Firefox). */
import type { browser } from 'wxt/browser';

type Browser = typeof browser;
import { storage } from 'wxt/utils/storage';

/** The note the side panel should show when it next opens or notices the change. */
export const focusNoteItem = storage.defineItem<string | null>('session:focusNote', { fallback: null });

export async function openNotes(api: Browser, windowId: number | undefined, noteId?: string): Promise<boolean> {
  if (noteId) await focusNoteItem.setValue(noteId);
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
