/**
 * The popup's "Insert": the message it sends reaches the content script, which puts
 * the phrase into the chat box last focused on the page, as typing would.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './extension';

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

test.describe('inserting a ready phrase', () => {
  test('goes into the chat box the person last focused, and the page sees an input event', async ({
    context,
    fixtures,
    extensionUrl,
    injectContentScript,
  }) => {
    const chat = await context.newPage();
    await chat.goto(`${fixtures.origin}/chat-textarea.html`);
    await injectContentScript(chat);
    await chat.evaluate(() => {
      const w = window as unknown as { inputEvents: number };
      w.inputEvents = 0;
      document.getElementById('input')!.addEventListener('input', () => w.inputEvents++);
    });
    await chat.locator('#input').fill('Hello. ');
    await chat.evaluate(() => ((window as unknown as { inputEvents: number }).inputEvents = 0));
    // Focus then leaves the box, as it does when the person opens the popup.
    await chat.locator('#log').click();

    const extensionPage = await context.newPage();
    await extensionPage.goto(extensionUrl('popup.html'));
    expect(await insertFrom(extensionPage, chat)).toEqual({ ok: true, value: { inserted: true } });
    await expect(chat.locator('#input')).toHaveValue(`Hello. ${PHRASE}`);
    expect(await chat.evaluate(() => (window as unknown as { inputEvents: number }).inputEvents)).toBe(1);
  });

  test('says so when no chat box has been focused, and leaves the page as it was', async ({
    context,
    fixtures,
    extensionUrl,
    injectContentScript,
  }) => {
    const chat = await context.newPage();
    await chat.goto(`${fixtures.origin}/chat-textarea.html`);
    await injectContentScript(chat);
    const extensionPage = await context.newPage();
    await extensionPage.goto(extensionUrl('popup.html'));
    expect(await insertFrom(extensionPage, chat)).toEqual({ ok: true, value: { inserted: false } });
    await expect(chat.locator('#input')).toHaveValue('');
  });
});
