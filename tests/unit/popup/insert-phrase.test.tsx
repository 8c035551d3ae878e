import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Announcer } from '../../../components/popup/Announcer';
import { PhraseList } from '../../../components/popup/PhraseList';
import { insertPhrase, insertableTab } from '../../../components/popup/insert-phrase';
import { sendToContent } from '../../../utils/messaging';
import { click, mount, until } from './mount';

const PHRASE = { en: 'Please send it in writing.', zh_CN: '请书面发给我。', zh_TW: '請用書面寄給我。' };
const chatTab = { id: 5, windowId: 1, url: 'https://bank.example/chat', title: 'Chat' };
const envelope = { channel: 'calmline', to: 'content', type: 'insertText', data: { text: PHRASE.en } };

let view: Awaited<ReturnType<typeof mount>> | null = null;
const $ = (selector: string) => view!.container.querySelector<HTMLElement>(selector);

function onChatPage(helpOn: boolean) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...chatTab, active: true } as never]);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(helpOn);
}

beforeEach(() => vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue());
afterEach(() => {
  view?.unmount();
  view = null;
  vi.restoreAllMocks();
});

describe('insertableTab', () => {
  it('is the active tab only when help is on for its site', async () => {
    const api = { permissions: { contains: vi.fn(async () => true) } } as never;
    expect(await insertableTab(api, chatTab)).toBe(5);
    expect(await insertableTab(api, { ...chatTab, url: 'chrome://newtab/' })).toBeNull();
    expect(await insertableTab(api, { ...chatTab, id: null })).toBeNull();
    expect(await insertableTab(api, null)).toBeNull();
    const off = { permissions: { contains: vi.fn(async () => false) } } as never;
    expect(await insertableTab(off, chatTab)).toBeNull();
  });
});

describe('insertPhrase', () => {
  const answers = (...replies: unknown[]) => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    for (const reply of replies) {
      if (reply instanceof Error) send.mockRejectedValueOnce(reply);
      else send.mockResolvedValueOnce(reply);
    }
    return send;
  };
  const inFrame = (frameId: number) => async () => frameId;

  it('goes to the frame of the field focused last, and to that frame only when it inserts', async () => {
    const send = answers({ ok: true, value: { result: 'inserted' } });
    expect(await insertPhrase(sendToContent, 5, PHRASE.en, inFrame(12))).toBe('inserted');
    expect(send.mock.calls).toEqual([[5, envelope, { frameId: 12 }]]);
  });

  it('tries the top frame when that frame has gone or forgotten its field', async () => {
    const gone = answers(new Error('Could not establish connection.'), { ok: true, value: { result: 'inserted' } });
    expect(await insertPhrase(sendToContent, 5, PHRASE.en, inFrame(12))).toBe('inserted');
    expect(gone.mock.calls.map((c) => c[2])).toEqual([{ frameId: 12 }, { frameId: 0 }]);
    gone.mockReset();
    const forgot = answers({ ok: true, value: { result: 'no-field' } }, new Error('Could not establish connection.'));
    expect(await insertPhrase(sendToContent, 5, PHRASE.en, inFrame(12))).toBe('no-field');
    expect(forgot.mock.calls.map((c) => c[2])).toEqual([{ frameId: 12 }, { frameId: 0 }]);
  });

  it('tells a chat box out of reach (focus in another site\'s frame) from one never focused', async () => {
    const outOfReach = { ok: true, value: { result: 'focus-in-frame' } };
    answers(outOfReach);
    expect(await insertPhrase(sendToContent, 5, PHRASE.en, inFrame(0))).toBe('out-of-reach');
    // A widget frame that forgot its field, then a top frame whose focus is in another frame.
    answers({ ok: true, value: { result: 'no-field' } }, outOfReach);
    expect(await insertPhrase(sendToContent, 5, PHRASE.en, inFrame(12))).toBe('out-of-reach');
  });

  it('goes to the top frame when the frame cannot be looked up', async () => {
    const send = answers({ ok: true, value: { result: 'inserted' } });
    const broken = async () => Promise.reject(new Error('storage unavailable'));
    expect(await insertPhrase(sendToContent, 5, PHRASE.en, broken)).toBe('inserted');
    expect(send.mock.calls).toEqual([[5, envelope, { frameId: 0 }]]);
  });

  it("sends the protocol's insertText to the top frame when no field was reported elsewhere, and reads its answer", async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { result: 'inserted' } });
    expect(await insertPhrase(sendToContent, 5, PHRASE.en)).toBe('inserted');
    expect(send).toHaveBeenCalledWith(5, envelope, { frameId: 0 });
    send.mockResolvedValue({ ok: true, value: { result: 'no-field' } });
    expect(await insertPhrase(sendToContent, 5, PHRASE.en)).toBe('no-field');
    send.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await insertPhrase(sendToContent, 5, PHRASE.en)).toBe('unreachable');
  });
});

const list = (
  <Announcer>
    <PhraseList phrases={[PHRASE]} phraseLocale="en" />
  </Announcer>
);

describe('the Insert button', () => {
  it('is not offered where help is off', async () => {
    onChatPage(false);
    view = await mount(list);
    expect($('button.phrase')?.textContent).toBe(PHRASE.en);
    expect($('button.insert')).toBeNull();
  });

  it('puts the phrase into the page and says so', async () => {
    onChatPage(true);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { result: 'inserted' } });
    view = await mount(list);
    await until(() => expect($('button.insert')).not.toBeNull());
    expect($('button.insert')!.getAttribute('aria-label')).toBe(`Insert into the chat box on the page: ${PHRASE.en}`);
    await click($('button.insert')!);
    await until(() => expect($('[data-testid="announcer"]')?.textContent).toContain('Put into the chat box on the page.'));
    expect(send).toHaveBeenCalledWith(5, envelope, { frameId: 0 });
    expect(navigator.clipboard.writeText).not.toHaveBeenCalled();
  });

  it('copies the phrase instead and asks calmly for a click into the chat box when none is known', async () => {
    onChatPage(true);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { result: 'no-field' } });
    view = await mount(list);
    await until(() => expect($('button.insert')).not.toBeNull());
    await click($('button.insert')!);
    await until(() =>
      expect($('[data-testid="announcer"]')?.textContent).toBe(
        'Click into the chat box on the page first, then try again. For now the phrase is copied.',
      ),
    );
    expect(navigator.clipboard.writeText).toHaveBeenCalledWith(PHRASE.en);
  });

  it('copies the phrase and says how to paste it when the chat box is out of reach', async () => {
    onChatPage(true);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { result: 'focus-in-frame' } });
    view = await mount(list);
    await until(() => expect($('button.insert')).not.toBeNull());
    await click($('button.insert')!);
    await until(() =>
      expect($('[data-testid="announcer"]')?.textContent).toBe(
        'This chat box sits in a part of the page CalmLine cannot reach. The phrase is copied: click in the box and paste it (Ctrl+V, or ⌘V on a Mac).',
      ),
    );
    expect(navigator.clipboard.writeText).toHaveBeenCalledWith(PHRASE.en);
  });
});
