import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readActiveTab } from '../../../components/popup/active-tab';
import { logContact, openNotesPanel } from '../../../components/popup/notes-panel';
import { sidePanelRequestItem } from '../../../utils/side-panel-request';

type Api = Parameters<typeof openNotesPanel>[0];

/** The fake browser, typed as the real one it stands in for. */
const api = fakeBrowser as unknown as Api;

/** Chrome's side panel on top of the fake browser, which has no sidePanel of its own. */
function withSidePanel() {
  const open = vi.fn((_options: { windowId: number }) => Promise.resolve());
  return { withPanel: { ...fakeBrowser, sidePanel: { open } } as unknown as Api, open };
}

describe('openNotesPanel', () => {
  it('opens Chrome’s side panel for the window at once, in the click', () => {
    const { withPanel, open } = withSidePanel();
    void openNotesPanel(withPanel, 7);
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('opens Firefox’s sidebar when there is no side panel', async () => {
    const open = vi.spyOn(fakeBrowser.sidebarAction, 'open').mockResolvedValue(undefined);
    expect(await openNotesPanel(api, 7)).toBe(true);
    expect(open).toHaveBeenCalled();
  });

  it('says so when no panel can be opened', async () => {
    const bare = { ...fakeBrowser, sidebarAction: undefined } as unknown as Api;
    expect(await openNotesPanel(bare, undefined)).toBe(false);
  });
});

describe('logContact', () => {
  it('asks the side panel for a new note about the current page and opens it', async () => {
    const { withPanel, open } = withSidePanel();
    const tab = { id: 9, windowId: 3, url: 'https://bank.example/chat', title: 'Bank chat' };
    expect(await logContact(withPanel, tab, 1_700_000_000_000)).toBe(true);
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    expect(await sidePanelRequestItem.getValue()).toEqual({
      kind: 'new-note',
      source: { url: 'https://bank.example/chat', title: 'Bank chat' },
      at: 1_700_000_000_000,
    });
  });

  it('leaves the source empty for the browser’s own pages', async () => {
    const { withPanel } = withSidePanel();
    await logContact(withPanel, { id: 9, windowId: 3, url: 'chrome://newtab/', title: 'New Tab' }, 5);
    expect(await sidePanelRequestItem.getValue()).toEqual({ kind: 'new-note', source: null, at: 5 });
  });

  it('keeps a very long address and title within what a note may hold', async () => {
    const { withPanel } = withSidePanel();
    await logContact(withPanel, { id: 9, windowId: 1, url: `https://x.example/${'a'.repeat(5_000)}`, title: 't'.repeat(2_000) }, 1);
    const request = await sidePanelRequestItem.getValue();
    expect(request?.kind === 'new-note' && request.source?.url.length).toBe(4_000);
    expect(request?.kind === 'new-note' && request.source?.title.length).toBe(1_000);
  });
});

describe('readActiveTab', () => {
  // The fake browser does not mark created tabs active, so the query's answer is given here.
  it('reads the active tab of the current window', async () => {
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 4, windowId: 2, url: 'https://lender.example/', title: 'Lender' } as never]);
    expect(await readActiveTab(api)).toEqual({ id: 4, windowId: 2, url: 'https://lender.example/', title: 'Lender' });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('gives null when there is no active tab, and empty text for what the browser withholds', async () => {
    expect(await readActiveTab(api)).toBeNull();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 4, windowId: 2 } as never]);
    expect(await readActiveTab(api)).toEqual({ id: 4, windowId: 2, url: '', title: '' });
  });
});
