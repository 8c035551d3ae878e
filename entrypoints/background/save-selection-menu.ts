/**
 * "Save to CalmLine notes" on selected text: the selection becomes what they said,
 * with the page's address and title, the time, and what the analyzer finds in it.
 * The notes open on the new note so the person can complete it.
 */
import type { browser } from 'wxt/browser';
import { NoteStoreError, toStoreError } from '../../utils/db/errors';
import { draftFromMessage } from '../../utils/notes/from-message';
import type { Note, NoteSource } from '../../utils/notes/note';
import { sidePanelRequestItem } from '../../utils/side-panel-request';
import { settingsItem } from '../../utils/settings';
import { analyzeWhenReady } from '../../utils/analyzer-ready';
import { saveNote } from './note-saving';
import { notesTranslator } from './notes-translator';
import { openNotes } from './side-panel';

type Browser = typeof browser;

export const SAVE_SELECTION_MENU_ID = 'calmline-save-selection';

export interface Selection {
  text: string;
  source: NoteSource | null;
}

/** Saves a selection as a note and asks the open notes to show it; rejects with a NoteStoreError. */
export async function saveSelection(api: Pick<Browser, 'alarms'>, selection: Selection, now = Date.now()): Promise<Note> {
  const text = selection.text.trim();
  const analysis = text ? await analyzeWhenReady(text, new Date(now)) : null;
  const note = await saveNote(api, draftFromMessage(text, analysis, { now, source: selection.source }), now);
  await sidePanelRequestItem.setValue({ kind: 'show-note', noteId: note.id, at: now });
  return note;
}

/** Tells the person, in a notification, why the selection was not saved. */
async function explainFailure(api: Pick<Browser, 'notifications' | 'runtime'>, error: NoteStoreError): Promise<void> {
  const t = await notesTranslator();
  const tooLong = error.problems.find((p) => p.kind === 'too-long');
  await api.notifications.create({
    type: 'basic',
    iconUrl: api.runtime.getURL('/icon/128.png'),
    title: t('appName'),
    message: tooLong?.kind === 'too-long' ? t('notesSelectionTooLong', tooLong) : t('notesSelectionNotSaved'),
  });
}

async function createMenu(api: Browser): Promise<void> {
  const t = await notesTranslator();
  await api.contextMenus.remove(SAVE_SELECTION_MENU_ID).catch(() => undefined);
  api.contextMenus.create({ id: SAVE_SELECTION_MENU_ID, title: t('notesMenuSaveSelection'), contexts: ['selection'] });
}

/** Wires the menu item and keeps its title in the person's language. Call once from the background's main(). */
export function startSaveSelectionMenu(api: Browser): void {
  api.runtime.onInstalled.addListener(() => void createMenu(api));
  settingsItem.watch(async () => {
    const t = await notesTranslator();
    await api.contextMenus.update(SAVE_SELECTION_MENU_ID, { title: t('notesMenuSaveSelection') }).catch(() => undefined);
  });
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_SELECTION_MENU_ID) return;
    // Open first, before anything is awaited: the browser allows it only during the click.
    void openNotes(api, tab?.windowId).catch(() => false);
    const url = info.pageUrl ?? tab?.url ?? '';
    const source = url ? { url: url.slice(0, 4_000), title: (tab?.title ?? '').slice(0, 1_000) } : null;
    saveSelection(api, { text: info.selectionText ?? '', source }).catch((error: unknown) =>
      explainFailure(api, toStoreError(error)),
    );
  });
}
