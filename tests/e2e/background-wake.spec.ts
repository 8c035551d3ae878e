/**
 * The browser stops an idle background after 30 s; the analyzer lives there. The
 * content script wakes it when a paste looks near, so the first analysis does not
 * also pay for starting it. Here the background is stopped for real (DevTools'
 * ServiceWorker domain) and watched while a person presses keys on a chat page.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { test, expect } from './extension';
import { CHATS, ChatPage } from './pages/chat-page';

type Status = 'stopped' | 'starting' | 'running' | 'stopping';

/** Follows the extension background's running status through the DevTools protocol. */
async function watchBackground(context: BrowserContext, page: Page, extensionId: string) {
  const cdp: CDPSession = await context.newCDPSession(page);
  let status: Status | undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status = version.runningStatus as Status;
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    status: () => status,
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => status).toBe('stopped');
    },
  };
}

async function openChatWithBackgroundStopped(
  context: BrowserContext,
  origin: string,
  extensionId: string,
  inject: (page: Page) => Promise<void>,
) {
  const chat = await ChatPage.open(context, origin, CHATS.textarea);
  await inject(chat.page);
  // Someone mid-conversation: the chat box has had focus all along.
  await chat.field.click();
  const background = await watchBackground(context, chat.page, extensionId);
  await background.stop();
  // Nothing else wakes it meanwhile, so what follows is the key press's doing.
  await chat.page.waitForTimeout(1_000);
  expect(background.status()).toBe('stopped');
  return { chat, background };
}

test('Ctrl going down in the chat box wakes the background before the V, and the paste is explained', async ({
  context,
  fixtures,
  extensionId,
  injectContentScript,
}) => {
  const { chat, background } = await openChatWithBackgroundStopped(context, fixtures.origin, extensionId, injectContentScript);
  await chat.page.keyboard.down('Control');
  await expect.poll(background.status).toMatch(/starting|running/);
  await chat.page.keyboard.up('Control');

  await chat.pasteWithKeyboard('你欠的三千元已经逾期两个月了，今天18点前必须还清，否则我们就联系你的家人和单位。');
  await expect(chat.card).toBeVisible();
  expect(await chat.signals()).toContain('third_party_contact');
});

test('copying a message from the chat log wakes the background; plain typing does not', async ({
  context,
  fixtures,
  extensionId,
  injectContentScript,
}) => {
  const { chat, background } = await openChatWithBackgroundStopped(context, fixtures.origin, extensionId, injectContentScript);
  await chat.page.keyboard.type('ok');
  await chat.page.waitForTimeout(1_000);
  expect(background.status()).toBe('stopped');

  // Out of the chat box, so only the copy can be what wakes it.
  await chat.page.locator('#log').click();
  await chat.page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('log')!));
  await chat.page.keyboard.press('Control+C');
  await expect.poll(background.status).toMatch(/starting|running/);
});
