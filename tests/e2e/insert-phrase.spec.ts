/**
 * The popup's "Insert": the message it sends reaches the content script, which puts
 * the phrase into the chat box last focused on the page, as typing would.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './extension';
import { ChatPage, CHATS } from './pages/chat-page';

const PHRASE = 'Please send me the details of this debt in writing.';

/** Sends the popup's insertText to the tab showing `chat`, from an extension page, and returns the reply. */
async function insertFrom(extensionPage: Page, chat: Page): Promise<unknown> {
  return extensionPage.evaluate(
    async ({ url, text }) => {
      const [tab] = await chrome.tabs.query({ url });
      if (!tab?.id) throw new Error('chat tab not found');
      const envelope = { channel: 'calmline', to: 'content', type: 'insertText', data: { text } };
      return chrome.tabs.sendMessage(tab.id, envelope, { frameId: 0 });
    },
    { url: chat.url(), text: PHRASE },
  );
}

/** The fixture chat page with the content script in it. */
async function openChat(context: BrowserContext, origin: string, inject: (page: Page) => Promise<void>): Promise<Page> {
  const chat = await context.newPage();
  await chat.goto(`${origin}/chat-textarea.html`);
  await inject(chat);
  return chat;
}

/** The popup, open in a tab of its own (the extension page the message is sent from). */
async function openPopup(context: BrowserContext, extensionUrl: (path: string) => string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(extensionUrl('popup.html'));
  return popup;
}

test.describe('inserting a ready phrase', () => {
  test('goes into the chat box the person last focused, and the page sees an input event', async ({
    context,
    fixtures,
    extensionUrl,
    injectContentScript,
  }) => {
    const chat = await openChat(context, fixtures.origin, injectContentScript);
    await chat.evaluate(() => {
      const w = window as unknown as { inputEvents: number };
      w.inputEvents = 0;
      document.getElementById('input')!.addEventListener('input', () => w.inputEvents++);
    });
    await chat.locator('#input').fill('Hello. ');
    await chat.evaluate(() => ((window as unknown as { inputEvents: number }).inputEvents = 0));
    // Focus then leaves the box, as it does when the person opens the popup.
    await chat.locator('#log').click();

    const popup = await openPopup(context, extensionUrl);
    expect(await insertFrom(popup, chat)).toEqual({ ok: true, value: { result: 'inserted' } });
    await expect(chat.locator('#input')).toHaveValue(`Hello. ${PHRASE}`);
    expect(await chat.evaluate(() => (window as unknown as { inputEvents: number }).inputEvents)).toBe(1);
  });

  test('goes into a chat widget in a frame of its own, the frame the background noted when its box took focus', async ({
    context,
    fixtures,
    extensionUrl,
    injectContentScript,
  }) => {
    const chat = await ChatPage.open(context, fixtures.origin, CHATS.iframe);
    await injectContentScript(chat.page);
    await chat.field.fill('您好，');
    await chat.page.locator('h1').click();

    const popup = await openPopup(context, extensionUrl);
    // What the popup does: look up the noted frame, then send the phrase there alone.
    const result = await popup.evaluate(
      async ({ url, text }) => {
        const [tab] = await chrome.tabs.query({ url });
        if (!tab?.id) throw new Error('chat tab not found');
        let frames: Record<string, number> = {};
        for (let tries = 0; tries < 50 && frames[tab.id] === undefined; tries++) {
          frames = ((await chrome.storage.session.get('fieldFrames')).fieldFrames ?? {}) as Record<string, number>;
          if (frames[tab.id] === undefined) await new Promise((done) => setTimeout(done, 100));
        }
        const frameId = frames[tab.id];
        if (frameId === undefined) return { frameId, reply: null };
        const envelope = { channel: 'calmline', to: 'content', type: 'insertText', data: { text } };
        return { frameId, reply: await chrome.tabs.sendMessage(tab.id, envelope, { frameId }) };
      },
      { url: chat.page.url(), text: PHRASE },
    );
    expect(result.frameId).toBeGreaterThan(0);
    expect(result.reply).toEqual({ ok: true, value: { result: 'inserted' } });
    await expect(chat.field).toHaveValue(`您好，${PHRASE}`);
  });

  test("puts nothing into the page's own box once the person has moved on into another site's chat widget", async ({
    context,
    fixtures,
    extensionUrl,
    injectContentScript,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtures.origin}/chat-foreign-widget.html`);
    const widget = page.frameLocator('#widget');
    await expect(widget.locator('#input')).toBeVisible();
    await injectContentScript(page);
    await page.locator('#search').fill('payment plan');
    // The widget is another origin: no content script runs in it to report its box.
    await widget.locator('#input').click();

    const popup = await openPopup(context, extensionUrl);
    expect(await insertFrom(popup, page)).toEqual({ ok: true, value: { result: 'focus-in-frame' } });
    await expect(page.locator('#search')).toHaveValue('payment plan');
    await expect(widget.locator('#input')).toHaveValue('');
  });

  test('says so when no chat box has been focused, and leaves the page as it was', async ({
    context,
    fixtures,
    extensionUrl,
    injectContentScript,
  }) => {
    const chat = await openChat(context, fixtures.origin, injectContentScript);
    const popup = await openPopup(context, extensionUrl);
    expect(await insertFrom(popup, chat)).toEqual({ ok: true, value: { result: 'no-field' } });
    await expect(chat.locator('#input')).toHaveValue('');
  });
});
