/**
 * The content script on fixture chat pages in real Chromium: paste a collector's
 * message, see what it is doing, insert a calm reply, save the exchange.
 * The script is put on the page the way the extension does after a click
 * (activeTab); registration for allowed sites needs a permission prompt that
 * tests cannot click, and is unit-tested instead.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './extension';
import { MESSAGES } from './collector-messages';
import { CHATS, ChatPage } from './pages/chat-page';

const EXPECTED_SIGNALS = ['deadline', 'payment_demand', 'third_party_contact'];

test.describe('pasting a collection message', () => {
  test('textarea chat, real Ctrl+V, English: highlights, the page still gets its paste, Insert replaces it', async ({
    context,
    fixtures,
    injectContentScript,
  }) => {
    const chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.textarea, injectContentScript);
    await chat.pasteWithKeyboard(MESSAGES.en);
    await expect(chat.card).toBeVisible();
    expect(await chat.signals()).toEqual(expect.arrayContaining(EXPECTED_SIGNALS));
    expect(await chat.pageGlobal<number>('pasteEvents')).toBe(1);
    expect(await chat.fieldText()).toBe(MESSAGES.en);
    // The overlay did not take focus from the chat box.
    await expect(chat.field).toBeFocused();

    const purposes = await chat.purposes();
    expect(purposes.length).toBeGreaterThanOrEqual(2);
    expect(purposes.length).toBeLessThanOrEqual(5);
    const reply = await chat.firstReply();
    await chat.action('insert', reply.purpose).click();
    await expect.poll(() => chat.fieldText()).toBe(reply.text);
    await expect(chat.overlay.locator('[role="status"]')).toContainText('The reply is in the chat box');
    await expect(chat.field).toBeFocused();

    // The page's own code sees the new value: sending posts the reply.
    await chat.page.getByRole('button', { name: 'Send' }).click();
    await expect(chat.page.locator('.msg.me')).toHaveText(reply.text);
  });

  test('React-controlled input, real Ctrl+V, Chinese: Insert updates the page’s own state', async ({
    context,
    fixtures,
    injectContentScript,
  }) => {
    const chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.react, injectContentScript);
    await chat.pasteWithKeyboard(MESSAGES.zhHans);
    await expect(chat.card).toBeVisible();
    expect(await chat.signals()).toEqual(expect.arrayContaining(EXPECTED_SIGNALS));
    await expect(chat.card).toHaveAttribute('lang', 'zh-Hans-CN');
    await expect(chat.action('insert')).toHaveText('插入');
    expect((await chat.pageGlobal<{ draft: string }>('chatState')).draft).toBe(MESSAGES.zhHans);

    const reply = await chat.firstReply();
    await chat.action('insert', reply.purpose).click();
    await expect.poll(async () => (await chat.pageGlobal<{ draft: string }>('chatState')).draft).toBe(reply.text);
    expect(await chat.fieldText()).toBe(reply.text);
    await chat.page.getByRole('button', { name: 'Send' }).click();
    expect((await chat.pageGlobal<{ messages: string[] }>('chatState')).messages).toContain(reply.text);
  });

  test('contenteditable editor, Chinese: Insert replaces only the pasted message and the editor hears it', async ({
    context,
    fixtures,
    injectContentScript,
  }) => {
    const chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.contenteditable, injectContentScript);
    await chat.field.click();
    await chat.page.keyboard.type('你好，');
    await chat.pasteWithKeyboard(MESSAGES.zhHans);
    await expect(chat.card).toBeVisible();
    expect(await chat.signals()).toEqual(expect.arrayContaining(EXPECTED_SIGNALS));
    expect(await chat.pageGlobal<number>('pasteEvents')).toBe(1);
    const before = await chat.pageGlobal<number>('inputEvents');

    const reply = await chat.firstReply();
    await chat.action('insert', reply.purpose).click();
    await expect.poll(() => chat.fieldText()).toBe(`你好，${reply.text}`);
    expect(await chat.pageGlobal<number>('inputEvents')).toBeGreaterThan(before);
  });

  test('chat widget in an iframe, Traditional Chinese: the overlay opens inside the widget', async ({
    context,
    fixtures,
    injectContentScript,
  }) => {
    const chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.iframe, injectContentScript);
    await chat.pasteWithKeyboard(MESSAGES.zhHant);
    await expect(chat.card).toBeVisible();
    expect(await chat.signals()).toEqual(expect.arrayContaining(EXPECTED_SIGNALS));
    await expect(chat.card).toHaveAttribute('lang', 'zh-Hant-TW');
    expect(await chat.page.locator('calmline-overlay').count()).toBe(0);
    // The widget is small; the overlay still fits inside it.
    const box = (await chat.card.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(360);

    const reply = await chat.firstReply();
    await chat.action('insert', reply.purpose).click();
    await expect.poll(() => chat.fieldText()).toBe(reply.text);
  });

  test('chat widget the page writes into a frame with no address, English: the overlay opens inside it', async ({
    context,
    fixtures,
    injectContentScript,
  }) => {
    const chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.scriptedFrame, injectContentScript);
    await chat.pasteWithKeyboard(MESSAGES.en);
    await expect(chat.card).toBeVisible();
    expect(await chat.signals()).toEqual(expect.arrayContaining(EXPECTED_SIGNALS));
    expect(await chat.page.locator('calmline-overlay').count()).toBe(0);
    const reply = await chat.firstReply();
    await chat.action('insert', reply.purpose).click();
    await expect.poll(() => chat.fieldText()).toBe(reply.text);
  });

  test('a dispatched paste event is seen too, and the page’s listener still runs', async ({ context, fixtures, injectContentScript }) => {
    const chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.textarea, injectContentScript);
    await chat.dispatchPaste(MESSAGES.en);
    await expect(chat.card).toBeVisible();
    expect(await chat.signals()).toEqual(expect.arrayContaining(EXPECTED_SIGNALS));
    expect(await chat.pageGlobal<number>('pasteEvents')).toBe(1);
  });
});

test.describe('what stays quiet and safe', () => {
  test('an ordinary paste shows nothing and pastes as usual', async ({ context, fixtures, injectContentScript }) => {
    const chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.textarea, injectContentScript);
    await chat.pasteWithKeyboard(MESSAGES.ordinary);
    await expect.poll(() => chat.fieldText()).toBe(MESSAGES.ordinary);
    await chat.page.waitForTimeout(300);
    expect(await chat.overlay.count()).toBe(0);
    expect(await chat.pageGlobal<number>('pasteEvents')).toBe(1);
  });

  test('markup in a message is shown as characters and runs nothing', async ({ context, fixtures, injectContentScript }) => {
    const chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.textarea, injectContentScript);
    const hostile = `<img src=x onerror="window.hacked=1"><script>window.hacked=2</script> ${MESSAGES.en}`;
    await chat.pasteWithKeyboard(hostile);
    await expect(chat.card).toBeVisible();
    await expect(chat.overlay.locator('[data-message]')).toHaveText(hostile);
    expect(await chat.overlay.locator('img, script').count()).toBe(0);
    await chat.page.waitForTimeout(200);
    expect(await chat.pageGlobal<unknown>('hacked')).toBeUndefined();
  });

  test('the overlay is styled from its shadow root, light and dark, and moves nothing on the page', async ({
    context,
    fixtures,
    injectContentScript,
    serviceWorker,
  }) => {
    // The styles are inlined: no extension file is exposed for pages to load or probe.
    expect(await serviceWorker.evaluate(() => chrome.runtime.getManifest().web_accessible_resources)).toBeUndefined();
    const chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.textarea, injectContentScript);
    const layout = () =>
      chat.page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.localName !== 'calmline-overlay')
          .map((el) => JSON.stringify(el.getBoundingClientRect()))
          .concat(String(document.documentElement.scrollHeight)),
      );
    const before = await layout();
    await chat.pasteWithKeyboard(MESSAGES.en);
    await expect(chat.card).toBeVisible();
    expect(await layout()).toEqual(before);

    const style = (selector: string, property: string) =>
      chat.overlay.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
    expect(await style('.card', 'position')).toBe('fixed');
    expect(await style('.card', 'background-color')).toBe('rgb(255, 255, 255)');
    expect(await style('mark.danger', 'background-color')).toBe('rgb(251, 231, 230)');
    expect(await style('[data-action="insert"]', 'background-color')).toBe('rgb(45, 106, 98)');

    await chat.page.emulateMedia({ colorScheme: 'dark' });
    expect(await style('.card', 'background-color')).toBe('rgb(30, 38, 38)');
    // The page's own styles are untouched by the overlay's.
    expect(await chat.page.locator('.chat').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  test('Escape and the close button dismiss it; the keyboard reaches every control', async ({
    context,
    fixtures,
    injectContentScript,
    serviceWorker,
  }) => {
    const chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.textarea, injectContentScript);
    await chat.pasteWithKeyboard(MESSAGES.en);
    await expect(chat.card).toBeVisible();
    await chat.page.keyboard.press('Escape');
    await expect(chat.overlay).toHaveCount(0);
    await expect(chat.field).toBeFocused();

    await chat.field.fill('');
    await chat.pasteWithKeyboard(MESSAGES.en);
    await expect(chat.card).toBeVisible();
    // The shortcut with nothing selected moves into the open overlay.
    await showSelection(serviceWorker, chat.page, '');
    await expect(chat.action('dismiss')).toBeFocused();
    await chat.page.keyboard.press('Tab');
    await expect(chat.overlay.locator('[data-message] [tabindex="0"]').first()).toBeFocused();
    await expect(chat.overlay.locator('.tip')).toBeVisible();
    const reply = await chat.firstReply();
    await chat.action('insert', reply.purpose).focus();
    await chat.page.keyboard.press('Enter');
    await expect.poll(() => chat.fieldText()).toBe(reply.text);
    await chat.action('dismiss').click();
    await expect(chat.overlay).toHaveCount(0);
  });
});

/** Asks the content script to explain `text`, as the background does after the menu or the shortcut. */
async function showSelection(serviceWorker: import('@playwright/test').Worker, page: Page, text: string) {
  await serviceWorker.evaluate(
    async ({ url, text }) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.tabs.sendMessage(tab!.id!, { channel: 'calmline', to: 'content', type: 'showAnalysis', data: { text } }, { frameId: 0 });
    },
    { url: page.url(), text },
  );
}

test.describe('explaining a selection', () => {
  test('shows the selected message beside it, with Copy and Save but no Insert', async ({
    context,
    fixtures,
    injectContentScript,
    serviceWorker,
  }) => {
    const chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.textarea, injectContentScript);
    const message = await chat.collectorWrites(MESSAGES.en);
    await message.evaluate((line) => getSelection()!.selectAllChildren(line));
    await showSelection(serviceWorker, chat.page, MESSAGES.en);
    await expect(chat.card).toBeVisible();
    expect(await chat.signals()).toEqual(expect.arrayContaining(EXPECTED_SIGNALS));
    expect(await chat.overlay.locator('[data-action="insert"]').count()).toBe(0);
    expect(await chat.overlay.locator('[data-action="copy"]').count()).toBeGreaterThanOrEqual(2);
    const selected = await chat.page.evaluate(() => {
      const { top, bottom } = getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { top, bottom };
    });
    const card = (await chat.card.boundingBox())!;
    // Beside the selected text, not over it.
    expect(card.y >= selected.bottom || card.y + card.height <= selected.top).toBe(true);
  });

  test('Copy puts the reply on the clipboard', async ({ context, fixtures, injectContentScript }) => {
    const chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.textarea, injectContentScript);
    await chat.pasteWithKeyboard(MESSAGES.en);
    const reply = await chat.firstReply();
    await chat.action('copy', reply.purpose).click();
    await expect(chat.overlay.locator('[role="status"]')).toContainText('Copied');
    expect(await chat.page.evaluate(() => navigator.clipboard.readText())).toBe(reply.text);
  });
});

test('Save as note stores the message and the reply in the extension’s database', async ({
  context,
  fixtures,
  injectContentScript,
  extensionUrl,
}) => {
  const chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.textarea, injectContentScript);
  await chat.pasteWithKeyboard(MESSAGES.en);
  const reply = await chat.firstReply();
  await chat.action('save-note', reply.purpose).click();
  await expect(chat.overlay.locator('[role="status"]')).toHaveText('Saved to your notes.');

  const extensionPage = await context.newPage();
  await extensionPage.goto(extensionUrl('sidepanel.html'));
  const notes = await extensionPage.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('calmline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => resolve(all.result as Record<string, unknown>[]);
          all.onerror = () => reject(all.error);
        };
      }),
  );
  expect(notes).toHaveLength(1);
  expect(notes[0]).toMatchObject({
    theySaid: MESSAGES.en,
    iSaid: reply.text,
    channel: 'web_chat',
    direction: 'incoming',
    source: { url: chat.page.url(), title: await chat.page.title() },
  });
  expect(notes[0]!.signals).toEqual(expect.arrayContaining(EXPECTED_SIGNALS));
});
