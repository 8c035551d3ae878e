/**
 * The browser stops an idle background after 30 s; the analyzer lives there. The
 * content script wakes it when a paste looks near, so the first analysis does not
 * also pay for starting it. Here the background is stopped for real (DevTools'
 * ServiceWorker domain) and watched while a person presses keys or the middle
 * button on a chat page.
 */
import { watchBackground, type BackgroundWatch } from './background-status';
import { test, expect } from './extension';
import { CHATS, ChatPage } from './pages/chat-page';

const DEMAND = 'Agent Daniel: Pay the $1,240.50 you owe by 6pm today, or we will call your employer and your family.';

test.describe('waking the background before a paste', () => {
  let chat: ChatPage;
  let background: BackgroundWatch;

  test.beforeEach(async ({ context, fixtures, extensionId, injectContentScript }) => {
    chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.textarea, injectContentScript);
    // The collector writes; the person reads the message and selects it (on Linux that
    // makes it the text a middle click pastes), then clicks into the chat box.
    const message = await chat.collectorWrites(DEMAND);
    await message.click({ clickCount: 3 });
    // Someone mid-conversation: the chat box has had focus all along.
    await chat.field.click();
    background = await watchBackground(context, chat.page, extensionId);
    await background.stop();
    // Nothing else wakes it meanwhile, so whatever wakes it next is what the test does.
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

  test('the middle button going down on the chat box wakes it; the middle-click paste that follows is explained', async () => {
    const box = (await chat.field.boundingBox())!;
    await chat.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await chat.page.mouse.down({ button: 'middle' });
    await expect.poll(background.status).toMatch(/starting|running/);
    // Chromium pastes the selected message as the button comes back up.
    await chat.page.mouse.up({ button: 'middle' });

    // A triple click selects the message's line, its line break included.
    await expect(chat.field).toHaveValue(`${DEMAND}\n`);
    await expect(chat.card).toBeVisible();
    expect(await chat.signals()).toContain('third_party_contact');
  });
});
