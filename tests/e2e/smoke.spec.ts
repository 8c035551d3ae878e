import { test, expect } from './extension';

test('the background service worker is the built extension', async ({ serviceWorker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.name).toBe('CalmLine');
});

test('the popup renders', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('popup.html'));
  await expect(page.getByTestId('popup')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/CalmLine/);
});

test('the side panel renders', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('sidepanel.html'));
  await expect(page.getByTestId('sidepanel')).toBeVisible();
});

test('the content script is not on pages by itself, and mounts in a shadow root when it has something to show', async ({
  context,
  fixtures,
  injectContentScript,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`${fixtures.origin}/chat-textarea.html`);
  await page.waitForTimeout(300);
  expect(await page.locator('calmline-overlay').count()).toBe(0);
  await injectContentScript(page);
  // Injected, it adds nothing to the page until asked to explain something.
  expect(await page.locator('calmline-overlay').count()).toBe(0);
  await serviceWorker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    const request = { channel: 'calmline', to: 'content', type: 'showAnalysis', data: { text: 'Please pay today.' } };
    await chrome.tabs.sendMessage(tab!.id!, request, { frameId: 0 });
  }, page.url());
  await expect.poll(() => page.evaluate(() => !!document.querySelector('calmline-overlay')?.shadowRoot)).toBe(true);
});
