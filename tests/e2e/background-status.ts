/**
 * The extension background's running status, followed through DevTools' ServiceWorker
 * domain, and a way to stop it as the browser does after 30 s idle.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect } from './extension';

export type BackgroundStatus = 'stopped' | 'starting' | 'running' | 'stopping';

export interface BackgroundWatch {
  status(): BackgroundStatus | undefined;
  /** Stops the background and waits until it has. */
  stop(): Promise<void>;
}

export async function watchBackground(context: BrowserContext, page: Page, extensionId: string): Promise<BackgroundWatch> {
  const cdp: CDPSession = await context.newCDPSession(page);
  let status: BackgroundStatus | undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status = version.runningStatus as BackgroundStatus;
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
