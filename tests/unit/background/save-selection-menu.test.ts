import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SAVE_SELECTION_MENU_ID, saveSelection, startSaveSelectionMenu } from '../../../entrypoints/background/save-selection-menu';
import { analyze } from '../../../utils/analyzer';
import { getDatabase } from '../../../utils/db/instance';
import { MAX_FIELD_CHARS } from '../../../utils/notes/note-schema';
import { sidePanelRequestItem } from '../../../utils/side-panel-request';

const api = fakeBrowser as unknown as Parameters<typeof startSaveSelectionMenu>[0];
const MESSAGE = '【某某消费金融】您的账户已逾期45天，欠款35000元，请于今天18点前还款，否则将上报征信并联系您的紧急联系人。';
const source = { url: 'https://sms.example/inbox/7', title: '网页短信 — 收件箱' };

type Clicked = (info: unknown, tab?: unknown) => void;

function spyOnMenus() {
  const listeners: { clicked?: Clicked; installed?: () => void } = {};
  const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => SAVE_SELECTION_MENU_ID);
  vi.spyOn(fakeBrowser.contextMenus, 'remove').mockImplementation(async () => undefined);
  vi.spyOn(fakeBrowser.contextMenus, 'update').mockImplementation(async () => undefined);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation((l) => void (listeners.clicked = l as Clicked));
  return { listeners, create };
}

beforeEach(async () => {
  await getDatabase().notes.clear();
});

describe('saving a selection', () => {
  it('keeps the words as what they said, with the page, the time and what the analyzer found', async () => {
    const now = Date.now();
    const note = await saveSelection(api, { text: `  ${MESSAGE}\n`, source }, now);
    const labels = [...new Set(analyze(MESSAGE, { now: new Date(now) }).signals.map((s) => s.label))];
    expect(labels.length).toBeGreaterThan(0);
    expect(await getDatabase().notes.get(note.id)).toMatchObject({ theySaid: MESSAGE, source, occurredAt: now, signals: labels });
    expect(await sidePanelRequestItem.getValue()).toEqual({ kind: 'show-note', noteId: note.id, at: now });
  });

  it('adds the menu item on install, in the person’s language', async () => {
    const { create } = spyOnMenus();
    vi.stubGlobal('navigator', { ...navigator, languages: ['zh-HK'] });
    startSaveSelectionMenu(api);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() =>
      expect(create).toHaveBeenCalledWith({ id: SAVE_SELECTION_MENU_ID, title: '儲存到 CalmLine 紀錄', contexts: ['selection'] }),
    );
    vi.unstubAllGlobals();
  });

  it('saves on a menu click and asks the notes to show the new note', async () => {
    const { listeners } = spyOnMenus();
    startSaveSelectionMenu(api);
    listeners.clicked!(
      { menuItemId: SAVE_SELECTION_MENU_ID, selectionText: MESSAGE, pageUrl: source.url },
      { id: 4, windowId: 1, title: source.title },
    );
    await vi.waitFor(async () => expect(await getDatabase().notes.count()).toBe(1));
    const [note] = await getDatabase().notes.toArray();
    expect(note).toMatchObject({ theySaid: MESSAGE, source });
    await vi.waitFor(async () => expect(await sidePanelRequestItem.getValue()).toMatchObject({ kind: 'show-note', noteId: note!.id }));
  });

  it('says why when the selection is too long for one note, and stores nothing', async () => {
    const { listeners } = spyOnMenus();
    startSaveSelectionMenu(api);
    listeners.clicked!({ menuItemId: SAVE_SELECTION_MENU_ID, selectionText: 'x'.repeat(MAX_FIELD_CHARS + 1), pageUrl: source.url }, { id: 4 });
    await vi.waitFor(async () => expect(Object.values(await fakeBrowser.notifications.getAll())).toHaveLength(1));
    const [shown] = Object.values(await fakeBrowser.notifications.getAll()) as { message: string }[];
    expect(shown!.message).toContain('too long to keep as one note (20001 characters; a note holds up to 20000)');
    expect(await getDatabase().notes.count()).toBe(0);
  });
});
