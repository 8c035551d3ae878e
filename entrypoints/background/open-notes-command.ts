/** The `open-notes` keyboard command (Alt+Shift+N by default) opens the notes from any tab. */
import type { browser } from 'wxt/browser';
import { openNotes } from './side-panel';

type Browser = typeof browser;

export const OPEN_NOTES_COMMAND = 'open-notes';

/** Wires the command. Call once from the background's main(). */
export function startOpenNotesCommand(api: Browser): void {
  api.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_NOTES_COMMAND) return;
    void openNotes(api, tab?.windowId ?? api.windows?.WINDOW_ID_CURRENT);
  });
}
