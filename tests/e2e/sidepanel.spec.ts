import { test, expect } from './extension';
import { SidePanelPage } from './pages/sidepanel-page';

test('a note added in the side panel is kept, found in Chinese and English, edited, deleted and restored', async ({
  context,
  extensionUrl,
}) => {
  const panel = await SidePanelPage.open(context, extensionUrl);
  await expect(panel.page.getByRole('heading', { name: 'Your notes will live here' })).toBeVisible();

  await panel.newContact();
  await expect(panel.page.getByLabel('Lender or agency')).toBeFocused();
  await expect(panel.page.getByLabel('When')).toHaveValue(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  await panel.page.keyboard.type('國泰世華銀行');
  await panel.page.getByText('Text message').click();
  await panel.fillAndSave({ 'What they said': '請在今天18點前還款，這是最後通知 (final notice).' });
  await expect(panel.entry('國泰世華銀行')).toContainText('Text message');

  await panel.page.reload();
  await expect(panel.entries).toHaveCount(1);
  await panel.search('还款');
  await expect(panel.entry('國泰世華銀行')).toBeVisible();
  await panel.search('FINAL NOTICE');
  await expect(panel.entry('國泰世華銀行')).toBeVisible();
  await panel.search('分期');
  await expect(panel.page.getByText('No notes match.')).toBeVisible();

  await panel.search('');
  await panel.edit('國泰世華銀行');
  await panel.fillAndSave({ 'What I said': '我想申請分期，請寄書面方案給我。' });
  await panel.search('分期');
  await expect(panel.entry('國泰世華銀行')).toBeVisible();

  await panel.search('');
  await panel.delete('國泰世華銀行');
  await expect(panel.entries).toHaveCount(0);
  await panel.undo();
  await expect(panel.entry('國泰世華銀行')).toBeVisible();
  await panel.page.reload();
  await expect(panel.entry('國泰世華銀行')).toBeVisible();
});

test('a selection saved from a page through the background appears in the open side panel', async ({
  context,
  extensionUrl,
  fixtures,
  serviceWorker,
  clickAction,
}) => {
  const panel = await SidePanelPage.open(context, extensionUrl);
  const page = await context.newPage();
  await page.goto(`${fixtures.origin}/collection-message.html`);
  await page.bringToFront();
  // The toolbar click grants activeTab, as the context menu click does.
  await clickAction(page);

  // From the page, the way the content script saves: a validated message to the background.
  const reply = await serviceWorker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: tab!.id! },
      func: async () => {
        const selection = getSelection()!;
        selection.selectAllChildren(document.getElementById('message')!);
        const draft = { theySaid: selection.toString(), source: { url: location.href, title: document.title } };
        return chrome.runtime.sendMessage({ channel: 'calmline', to: 'background', type: 'saveNote', data: { draft } });
      },
    });
    return result!.result as { ok: boolean; value?: { id: string }; error?: string };
  }, page.url());
  expect(reply).toMatchObject({ ok: true });

  await expect(panel.entry('您的账户已逾期45天')).toBeVisible();
  await panel.search('帳戶 逾期');
  await expect(panel.entry('您的账户已逾期45天')).toBeVisible();
});

test('"Save to CalmLine notes" on a selection saves it with the analyzer’s findings and opens it in the side panel', async ({
  context,
  extensionUrl,
  fixtures,
  serviceWorker,
  clickAction,
}) => {
  const panel = await SidePanelPage.open(context, extensionUrl);
  const page = await context.newPage();
  await page.goto(`${fixtures.origin}/collection-message.html`);
  const text = (await page.locator('#message').textContent())!;
  // A menu click grants activeTab, which lets the background read the tab's title.
  await page.bringToFront();
  await clickAction(page);

  // A browser menu cannot be clicked from a test; the click event is dispatched to the
  // background's own listener instead, with what Chrome passes for a selection.
  await serviceWorker.evaluate(
    async ({ pageUrl, selectionText }) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      const info = { menuItemId: 'calmline-save-selection', selectionText, pageUrl, editable: false };
      (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(info, tab);
    },
    { pageUrl: page.url(), selectionText: text },
  );

  await panel.page.bringToFront();
  await expect(panel.page.getByRole('form', { name: 'Edit the note' })).toBeVisible();
  await expect(panel.page.getByLabel('What they said')).toHaveValue(text);
  await expect(panel.page.locator('.editor .badge').first()).toBeVisible();
  await expect(panel.page.locator('.editor .source')).toContainText('网页短信');
  await panel.page.getByLabel('Lender or agency').fill('某某消费金融');
  await panel.page.keyboard.press('Control+Enter');
  await expect(panel.entry('某某消费金融')).toContainText('您的账户已逾期45天');
});

test('a pasted message shows what stands out and saves with a chosen reply in one click', async ({ context, extensionUrl }) => {
  const panel = await SidePanelPage.open(context, extensionUrl);
  await panel.page.getByRole('button', { name: 'Paste a message' }).click();
  const box = panel.page.getByLabel('The message they sent');
  await expect(box).toBeFocused();
  await box.fill('您的帳戶已逾期60天，請於今天下午5點前還款新台幣12,000元，否則我們將通知您的公司和家人。<b>bold</b>');
  await expect(panel.page.locator('.highlighted mark').first()).toBeVisible();
  await expect(panel.page.locator('.highlighted')).toContainText('<b>bold</b>');
  const reply = panel.page.locator('.replies li').first();
  const replyText = (await reply.locator('p').textContent())!;
  await reply.getByRole('button', { name: 'Save with this reply' }).click();
  await expect(panel.status).toContainText('Saved.');
  await panel.search(replyText.slice(0, 6));
  await expect(panel.entry('您的帳戶已逾期60天')).toBeVisible();
});

test('the settings list the sites where help is on, and say calmly how to add one when there are none', async ({
  context,
  extensionUrl,
}) => {
  const panel = await SidePanelPage.open(context, extensionUrl);
  await panel.page.getByText('Settings', { exact: true }).click();
  const sites = panel.page.getByTestId('sites-with-help');
  await expect(sites.getByRole('heading', { name: 'Sites where CalmLine helps in chats' })).toBeVisible();
  await expect(sites).toContainText('None at the moment.');
  await panel.page.getByLabel('Language').selectOption('zh_TW');
  await expect(sites.getByRole('heading', { name: 'CalmLine 會在這些網站的對話中提供協助' })).toBeVisible();
});
