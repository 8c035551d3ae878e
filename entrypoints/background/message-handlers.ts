/** Answers the typed messages that content scripts and pages send to the background. */
import { browser } from 'wxt/browser';
import { onBackgroundMessage } from '../../utils/messaging';
import { analyzeWhenReady, prepareAnalyzer } from '../../utils/analyzer-ready';
import { noteFieldFocus } from './field-focus';
import { saveNote } from './note-saving';
import { setSiteAccess } from './site-access';
import { openNotes } from './side-panel';

export function startMessageHandlers(): void {
  onBackgroundMessage({
    saveNote: async ({ draft }) => ({ id: (await saveNote(browser, draft)).id }),
    setSiteAccess: async ({ origin, enabled }) => ({ enabled: await setSiteAccess(browser, origin, enabled) }),
    openNotes: async ({ noteId }, sender) => ({ opened: await openNotes(browser, sender.tab?.windowId, noteId) }),
    analyzeMessage: async ({ text }) => analyzeWhenReady(text),
    fieldFocused: async (_data, sender) => ({ noted: await noteFieldFocus(sender) }),
    prepareAnalyzer: async () => ({ ready: await prepareAnalyzer() }),
  });
}
