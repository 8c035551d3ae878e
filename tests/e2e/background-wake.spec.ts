/**
 * The browser stops an idle background after 30 s; the analyzer lives there. The
 * content script wakes it when a paste looks near, so the first analysis does not
 * also pay for starting it. Here the background is stopped for real (DevTools'
 * ServiceWorker domain) and watched while a person presses keys on a chat page.
 */
import { watchBackground, type BackgroundWatch } from './background-status';
import { test, expect } from './extension';
import { CHATS, ChatPage } from './pages/chat-page';

test.describe('waking the background before a paste', () => {
  let chat: ChatPage;
  let background: BackgroundWatch;

  test.beforeEach(async ({ context, fixtures, extensionId, injectContentScript }) => {
    chat = await ChatPage.open(context, fixtures.origin, CHATS.textarea);
    await injectContentScript(chat.page);
    // Someone mid-conversation: the chat box has had focus all along.
    await chat.field.click();
    background = await watchBackground(context, chat.page, extensionId);
    await background.stop();
    // Nothing else wakes it meanwhile, so what follows is the key press's doing.
    await chat.page.waitForTimeout(1_000);
    expect(background.status()).toBe('stopped');
  });

  test('Ctrl going down in the chat box wakes it before the V, and the paste is explained', async () => {
    await chat.page.keyboard.down('Control');
    await expect.poll(background.status).toMatch(/starting|running/);
    await chat.page.keyboard.up('Control');

    await chat.pasteWithKeyboard('你欠的三千元已经逾期两个月了，今天18点前必须还清，否则我们就联系你的家人和单位。');
    await expect(chat.card).toBeVisible();
    expect(await chat.signals()).toContain('third_party_contact');
  });

  test('copying a message from the chat log wakes it; plain typing does not', async () => {
    await chat.page.keyboard.type('ok');
    await chat.page.waitForTimeout(1_000);
    expect(background.status()).toBe('stopped');

    // Out of the chat box, so only the copy can be what wakes it.
    await chat.page.locator('#log').click();
    await chat.page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('log')!));
    await chat.page.keyboard.press('Control+C');
    await expect.poll(background.status).toMatch(/starting|running/);
  });
});
