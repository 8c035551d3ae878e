import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMMAND, MENU_ID, explainInTab, startAnalyzeSelection } from '../../../entrypoints/background/analyze-selection';
import { updateSettings } from '../../../utils/settings';

type Listener = (...args: never[]) => void;

// The fake browser is typed from the polyfill's declarations, the code from WXT's; they describe the same API.
const api = fakeBrowser as unknown as Parameters<typeof startAnalyzeSelection>[0];

/** Spies on what the background does with scripting, menus and tabs, and captures its listeners. */
function spyOnApis(frames: { frameId: number; result: { text: string; focused: boolean } }[] = []) {
  const listeners: { clicked?: Listener; command?: Listener } = {};
  const injected: { tabId?: number; frameIds?: number[]; allFrames?: boolean; files?: string[]; func?: boolean }[] = [];
  const failing = new Set<number>();
  let readSelection: (() => unknown) | undefined;
  const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (options: {
    target: { frameIds?: number[]; allFrames?: boolean };
    files?: string[];
    func?: () => unknown;
  }) => {
    if (options.target.frameIds?.some((f) => failing.has(f))) throw new Error('Cannot access contents of the page.');
    injected.push({ ...options.target, files: options.files, func: !!options.func });
    if (options.func) {
      readSelection = options.func;
      return options.target.allFrames ? frames : frames.filter((f) => options.target.frameIds?.includes(f.frameId));
    }
    return [{ frameId: options.target.frameIds?.[0] ?? 0, result: undefined }];
  }) as never);
  const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => MENU_ID);
  vi.spyOn(fakeBrowser.contextMenus, 'remove').mockImplementation(async () => undefined);
  const update = vi.spyOn(fakeBrowser.contextMenus, 'update').mockImplementation(async () => undefined);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation((l) => void (listeners.clicked = l as Listener));
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => void (listeners.command = l as Listener));
  const sendMessage = vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockImplementation((async () => ({ ok: true, value: { shown: true } })) as never);
  return { listeners, injected, failing, executeScript, create, update, sendMessage, readSelection: () => readSelection };
}

const shown = (sendMessage: ReturnType<typeof spyOnApis>['sendMessage']) =>
  sendMessage.mock.calls.map(([tabId, envelope, options]) => ({
    tabId,
    text: (envelope as { data: { text: string } }).data.text,
    frameId: (options as { frameId?: number } | undefined)?.frameId,
  }));

const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  vi.stubGlobal('navigator', { ...navigator, languages: ['zh-TW'] });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the context menu', () => {
  it('is created on install, for selections, in the person’s language, and follows a language change', async () => {
    const apis = spyOnApis();
    startAnalyzeSelection(api);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await settle();
    expect(apis.create).toHaveBeenCalledWith({ id: MENU_ID, title: '用 CalmLine 解讀這則訊息', contexts: ['selection'] });
    await updateSettings({ locale: 'en' });
    await settle();
    expect(apis.update).toHaveBeenCalledWith(MENU_ID, { title: 'Explain this message with CalmLine' });
  });

  it('injects the content script into the selection’s frame and shows the selected text there', async () => {
    const apis = spyOnApis([{ frameId: 4, result: { text: 'Pay today or we call your boss.\nFinal notice.', focused: true } }]);
    startAnalyzeSelection(api);
    apis.listeners.clicked!({ menuItemId: MENU_ID, frameId: 4, selectionText: 'Pay today or we call your boss. Final notice.' } as never, { id: 7 } as never);
    await vi.waitFor(() => expect(apis.sendMessage).toHaveBeenCalled());
    expect(apis.injected.filter((i) => i.files)).toEqual([{ tabId: 7, frameIds: [4], files: ['/content-scripts/content.js'], func: false }]);
    // The page's own selection keeps its line breaks; the menu's copy of it does not.
    expect(shown(apis.sendMessage)).toEqual([{ tabId: 7, text: 'Pay today or we call your boss.\nFinal notice.', frameId: 4 }]);
  });

  it('falls back to the menu’s copy of the text and to the top frame when the frame is out of reach', async () => {
    const apis = spyOnApis();
    apis.failing.add(9);
    startAnalyzeSelection(api);
    apis.listeners.clicked!({ menuItemId: MENU_ID, frameId: 9, selectionText: '请今天还款' } as never, { id: 2 } as never);
    await vi.waitFor(() => expect(apis.sendMessage).toHaveBeenCalled());
    expect(shown(apis.sendMessage)).toEqual([{ tabId: 2, text: '请今天还款', frameId: 0 }]);
  });

  it('ignores other menu items and clicks without a tab', async () => {
    const apis = spyOnApis();
    startAnalyzeSelection(api);
    apis.listeners.clicked!({ menuItemId: 'other' } as never, { id: 1 } as never);
    apis.listeners.clicked!({ menuItemId: MENU_ID } as never, undefined as never);
    await settle();
    expect(apis.executeScript).not.toHaveBeenCalled();
  });
});

describe('the keyboard command', () => {
  it('reads the selection from every frame and explains it where it is', async () => {
    const apis = spyOnApis([
      { frameId: 0, result: { text: '', focused: false } },
      { frameId: 3, result: { text: 'Final notice: pay now', focused: true } },
    ]);
    startAnalyzeSelection(api);
    apis.listeners.command!(COMMAND as never, { id: 5 } as never);
    await vi.waitFor(() => expect(apis.sendMessage).toHaveBeenCalled());
    expect(apis.injected[0]).toMatchObject({ allFrames: true, func: true });
    expect(shown(apis.sendMessage)).toEqual([{ tabId: 5, text: 'Final notice: pay now', frameId: 3 }]);
  });

  it('with nothing selected, asks the focused frame (which moves into an open overlay or explains how)', async () => {
    const apis = spyOnApis([
      { frameId: 0, result: { text: '', focused: false } },
      { frameId: 6, result: { text: '  ', focused: true } },
    ]);
    startAnalyzeSelection(api);
    apis.listeners.command!(COMMAND as never, { id: 5 } as never);
    await vi.waitFor(() => expect(apis.sendMessage).toHaveBeenCalled());
    expect(shown(apis.sendMessage)).toEqual([{ tabId: 5, text: '', frameId: 6 }]);
  });

  it('reads a selection inside a text box, which the page selection does not include', async () => {
    const apis = spyOnApis([]);
    startAnalyzeSelection(api);
    apis.listeners.command!(COMMAND as never, { id: 5 } as never);
    await vi.waitFor(() => expect(apis.readSelection()).toBeDefined());
    document.body.innerHTML = '<textarea>keep calm and pay later</textarea>';
    const area = document.querySelector('textarea')!;
    area.focus();
    area.setSelectionRange(5, 9);
    expect(apis.readSelection()!()).toMatchObject({ text: 'calm' });
  });
});

describe('explainInTab', () => {
  it('cuts very long text to what the content script accepts', async () => {
    const apis = spyOnApis();
    expect(await explainInTab(api, 1, 0, 'x'.repeat(250_000))).toBe(true);
    expect(shown(apis.sendMessage)[0]!.text).toHaveLength(200_000);
  });

  it('is false when no frame can take the script', async () => {
    const apis = spyOnApis();
    apis.failing.add(0);
    expect(await explainInTab(api, 1, 0, 'text')).toBe(false);
    expect(apis.sendMessage).not.toHaveBeenCalled();
  });
});
