/**
 * The background keeps its compiled lexicon in IndexedDB, so that after the browser
 * stops it (30 s idle) the next paste is not slowed by compiling it again. Here the
 * background is stopped for real through DevTools, and the kept copy read and written
 * from an extension page, which shares the background's storage.
 */
import type { Page } from '@playwright/test';
import { watchBackground } from './background-status';
import { test, expect } from './extension';
import { CHATS, ChatPage } from './pages/chat-page';

const THREAT = '你欠的三千元已经逾期两个月了，今天18点前必须还清，否则我们就联系你的家人和单位。';

/** What an extension page finds in the cache: the record's keys and the kind of one of its tables. */
interface Seen {
  build: string;
  marker?: string;
  parentTable: string;
}

/** Reads the kept record, optionally changing it first (`mark` adds a property; `tear` breaks the snapshot). */
function cacheRecord(page: Page, change: 'look' | 'mark' | 'mark and tear'): Promise<Seen | null> {
  return page.evaluate(async (change) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('calmline-analyzer-cache');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('compiled')) return null;
      const store = db.transaction('compiled', 'readwrite').objectStore('compiled');
      const record = await new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const request = store.get('lexicon');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if (!record) return null;
      if (change !== 'look') {
        record.marker = 'set by the test';
        if (change === 'mark and tear') record.snapshot = { format: 1, trie: 'torn' };
        store.put(record, 'lexicon');
        await new Promise((resolve) => (store.transaction.oncomplete = resolve));
      }
      const trie = (record.snapshot as { trie?: { parent?: unknown } }).trie;
      return {
        build: record.build as string,
        marker: record.marker as string | undefined,
        parentTable: trie?.parent?.constructor.name ?? typeof trie,
      };
    } finally {
      db.close();
    }
  }, change);
}

async function pasteAndSee(chat: ChatPage): Promise<void> {
  if (await chat.overlay.count()) {
    await chat.page.keyboard.press('Escape');
    await expect(chat.overlay).toHaveCount(0);
  }
  await chat.pasteWithKeyboard(THREAT);
  await expect(chat.card).toBeVisible();
  expect(await chat.signals()).toEqual(expect.arrayContaining(['deadline', 'payment_demand', 'third_party_contact']));
}

test.describe('the compiled lexicon kept between starts of the background', () => {
  let chat: ChatPage;
  let extensionPage: Page;

  test.beforeEach(async ({ context, fixtures, extensionUrl, injectContentScript }) => {
    chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.textarea, injectContentScript);
    // The first analysis compiles the lexicon, then keeps it.
    await pasteAndSee(chat);
    extensionPage = await context.newPage();
    await extensionPage.goto(extensionUrl('popup.html'));
    await expect.poll(() => cacheRecord(extensionPage, 'look')).toMatchObject({ parentTable: 'Int32Array' });
  });

  test('is read back after the browser stops the background, and the paste is explained as before', async ({ context, extensionId }) => {
    const kept = await cacheRecord(extensionPage, 'mark');
    expect(kept!.build).toMatch(/^[0-9a-f]{16}$/);

    await (await watchBackground(context, chat.page, extensionId)).stop();
    await pasteAndSee(chat);
    // Compiling would have written the record anew, without the mark.
    expect(await cacheRecord(extensionPage, 'look')).toEqual({ ...kept, marker: 'set by the test' });
  });

  test('when damaged, is compiled again and replaced; the paste is still explained', async ({ context, extensionId }) => {
    expect(await cacheRecord(extensionPage, 'mark and tear')).toMatchObject({ parentTable: 'string' });

    await (await watchBackground(context, chat.page, extensionId)).stop();
    await pasteAndSee(chat);
    await expect.poll(() => cacheRecord(extensionPage, 'look')).toEqual({ build: expect.any(String), marker: undefined, parentTable: 'Int32Array' });
  });
});
