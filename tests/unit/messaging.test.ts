import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BackgroundHandlers, onBackgroundMessage, onContentMessage, senderOrigin } from '../../utils/messaging';

const ID = fakeBrowser.runtime.id;
const PAGE_URL = fakeBrowser.runtime.getURL('/sidepanel.html');
const fromPage = { id: ID, url: PAGE_URL };
const fromContent = { id: ID, url: 'https://chat.example.com/', tab: { id: 7 } as never };
const fromOtherExtension = { id: 'someone-else', url: 'https://evil.example/' };

function handlers(): BackgroundHandlers {
  return {
    saveNote: vi.fn(async () => ({ id: 'n1' })),
    setSiteAccess: vi.fn(async ({ enabled }) => ({ enabled })),
    openNotes: vi.fn(async () => ({ opened: true })),
    analyzeMessage: vi.fn(async () => ({ lang: 'en' as const, isCollection: false, signals: [], amounts: [], deadlines: [], contacts: [], suggestions: [] })),
    fieldFocused: vi.fn(async () => ({ noted: true })),
    prepareAnalyzer: vi.fn(async () => ({ ready: 'kept' as const })),
  };
}

async function deliver(message: unknown, sender: object) {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
  return replies.find((r) => r !== undefined);
}

const envelope = (type: string, data: unknown, to = 'background') => ({ channel: 'calmline', to, type, data });

describe('senderOrigin', () => {
  it('tells our pages from content scripts and strangers', () => {
    expect(senderOrigin(fromPage, ID, fakeBrowser.runtime.getURL('/'))).toBe('page');
    expect(senderOrigin(fromContent, ID, fakeBrowser.runtime.getURL('/'))).toBe('content');
    expect(senderOrigin(fromOtherExtension, ID, fakeBrowser.runtime.getURL('/'))).toBeNull();
  });
});

describe('messages to the background', () => {
  it('reach their handler once validated', async () => {
    const h = handlers();
    onBackgroundMessage(h);
    const reply = await deliver(envelope('saveNote', { draft: { theySaid: '请今天还款' } }), fromContent);
    expect(reply).toEqual({ ok: true, value: { id: 'n1' } });
    expect(h.saveNote).toHaveBeenCalledWith({ draft: { theySaid: '请今天还款' } }, fromContent);
  });

  it('are refused from other extensions and websites', async () => {
    const h = handlers();
    onBackgroundMessage(h);
    const reply = await deliver(envelope('saveNote', { draft: {} }), fromOtherExtension);
    expect(reply).toMatchObject({ ok: false });
    expect(h.saveNote).not.toHaveBeenCalled();
  });

  it('are refused when a content script sends a page-only message', async () => {
    const h = handlers();
    onBackgroundMessage(h);
    const reply = await deliver(envelope('setSiteAccess', { origin: 'https://a.example', enabled: true }), fromContent);
    expect(reply).toMatchObject({ ok: false });
    expect(h.setSiteAccess).not.toHaveBeenCalled();
  });

  it("take a focused field's report from content scripts only, and with nothing from the page in it", async () => {
    const h = handlers();
    onBackgroundMessage(h);
    expect(await deliver(envelope('fieldFocused', {}), fromContent)).toEqual({ ok: true, value: { noted: true } });
    expect(await deliver(envelope('fieldFocused', {}), fromPage)).toMatchObject({ ok: false });
    expect(await deliver(envelope('fieldFocused', { text: 'page text' }), fromContent)).toMatchObject({ ok: false });
    expect(h.fieldFocused).toHaveBeenCalledTimes(1);
  });

  it('take a request to ready the analyzer from content scripts only, and with nothing from the page in it', async () => {
    const h = handlers();
    onBackgroundMessage(h);
    expect(await deliver(envelope('prepareAnalyzer', {}), fromContent)).toEqual({ ok: true, value: { ready: 'kept' } });
    expect(await deliver(envelope('prepareAnalyzer', {}), fromPage)).toMatchObject({ ok: false });
    expect(await deliver(envelope('prepareAnalyzer', { text: 'page text' }), fromContent)).toMatchObject({ ok: false });
    expect(h.prepareAnalyzer).toHaveBeenCalledTimes(1);
  });

  it('are refused with a plain reason when the data does not fit the schema', async () => {
    const h = handlers();
    onBackgroundMessage(h);
    const tooLong = 'x'.repeat(20_001);
    const reply = (await deliver(envelope('saveNote', { draft: { theySaid: tooLong } }), fromContent)) as {
      ok: boolean;
      error: string;
    };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/theySaid/);
    const extra = await deliver(envelope('saveNote', { draft: { __proto__x: 1, evil: true } }), fromContent);
    expect(extra).toMatchObject({ ok: false });
    expect(h.saveNote).not.toHaveBeenCalled();
  });

  it('answer unknown types with an error and ignore foreign messages', async () => {
    onBackgroundMessage(handlers());
    expect(await deliver(envelope('dropTables', {}), fromPage)).toMatchObject({ ok: false });
    expect(await deliver({ hello: 'world' }, fromPage)).toBeUndefined();
  });

  it('turn a failing handler into an error reply', async () => {
    const h = handlers();
    h.openNotes = vi.fn(async () => {
      throw new Error('no window');
    });
    onBackgroundMessage(h);
    expect(await deliver(envelope('openNotes', {}), fromPage)).toEqual({ ok: false, error: 'no window' });
  });

  it('stop when unsubscribed', async () => {
    const stop = onBackgroundMessage(handlers());
    stop();
    expect(await deliver(envelope('openNotes', {}), fromPage)).toBeUndefined();
  });
});

describe('messages to a content script', () => {
  it('accept only the background, with valid data', async () => {
    const showAnalysis = vi.fn(async () => ({ shown: true }));
    onContentMessage({ showAnalysis, insertText: async () => ({ result: 'no-field' }) });
    const background = { id: ID };
    expect(await deliver(envelope('showAnalysis', { text: 'hi' }, 'content'), background)).toEqual({
      ok: true,
      value: { shown: true },
    });
    expect(await deliver(envelope('showAnalysis', { text: 42 }, 'content'), background)).toMatchObject({ ok: false });
    expect(await deliver(envelope('showAnalysis', { text: 'hi' }, 'content'), fromOtherExtension)).toMatchObject({
      ok: false,
    });
    expect(showAnalysis).toHaveBeenCalledTimes(1);
  });
});
