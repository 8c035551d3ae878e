/**
 * Playwright fixtures: a real Chromium with the built extension loaded, the
 * extension's id, and the fixture page server. Every spec imports `test` from here.
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export const EXTENSION_PATH = resolve('.output/chrome-mv3');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Absolute URL of an extension page, e.g. extensionUrl('popup.html'). */
  extensionUrl: (page: string) => string;
  /**
   * Clicks the toolbar button for the tab showing `page`, as a person would. The
   * browser then grants activeTab for that tab, which the content script needs.
   */
  clickAction: (page: Page) => Promise<void>;
  /** Injects the content script into `page` the way the extension does after a click. */
  injectContentScript: (page: Page) => Promise<void>;
}

interface WorkerFixtures {
  fixtures: FixtureServer;
}

function requireChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const why = `Chromium was not found at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROME_PATH.`;
  // In CI a missing browser is a failure: the end-to-end tests must really run.
  if (process.env.CI) throw new Error(why);
  base.skip(true, why);
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  fixtures: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    requireChromium();
    if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) {
      throw new Error(`No built extension at ${EXTENSION_PATH}. Run \`npm run build\` first.`);
    }
    const profile = mkdtempSync(join(tmpdir(), 'calmline-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'en-US',
      args: [
        `--disable-extensions-except=${EXTENSION_PATH}`,
        `--load-extension=${EXTENSION_PATH}`,
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  extensionUrl: async ({ extensionId }, use) => {
    await use((page: string) => `chrome-extension://${extensionId}/${page}`);
  },
  clickAction: async ({ context, extensionId }, use) => {
    await use(async (page: Page) => {
      const browser = context.browser();
      if (!browser) throw new Error('No browser-level session to click the toolbar button with.');
      const session = await browser.newBrowserCDPSession();
      type Target = { targetId: string; type: string; url: string };
      const { targetInfos } = (await session.send('Target.getTargets' as never, { filter: [{ type: 'tab' }] } as never)) as {
        targetInfos: Target[];
      };
      const tab = targetInfos.find((t) => t.url === page.url());
      if (!tab) throw new Error(`No tab shows ${page.url()}`);
      await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
      await session.detach();
    });
  },
  injectContentScript: async ({ clickAction, serviceWorker }, use) => {
    await use(async (page: Page) => {
      await page.bringToFront();
      await clickAction(page);
      const url = page.url();
      await serviceWorker.evaluate(async (pageUrl) => {
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((t) => t.url === pageUrl) ?? (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0];
        if (!tab?.id) throw new Error('tab not found');
        // The activeTab grant from the action lands a moment after the click; on a busy
        // machine the first attempt can still find the page closed to the extension.
        for (let attempt = 1; ; attempt++) {
          try {
            await chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: ['content-scripts/content.js'] });
            return;
          } catch (error) {
            if (attempt >= 20 || !String(error).includes('Cannot access contents')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      }, url);
    });
  },
});

export { expect };
