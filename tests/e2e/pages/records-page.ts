/**
 * The records surfaces as a person uses them: the side panel's "Backup & data" and
 * "Patterns" tabs, and the report page. Also seeds notes straight into the
 * extension's database, as if they had been written over weeks.
 */
import type { BrowserContext, Download, Locator, Page } from '@playwright/test';
import type { Note } from '../../../utils/notes/note';

export class RecordsPage {
  private constructor(readonly page: Page) {}

  /**
   * Opens the side panel page on the "Backup & data" tab. With `afterNotes`, the tab
   * is chosen only once the notes view the panel opens on has loaded every note.
   */
  static async openBackup(context: BrowserContext, url: (page: string) => string, afterNotes = false): Promise<RecordsPage> {
    const page = await context.newPage();
    await page.goto(url('sidepanel.html'));
    if (afterNotes) await page.getByText('Opening your notes…').waitFor({ state: 'detached', timeout: 120_000 });
    await page.getByRole('tab', { name: 'Backup & data' }).click();
    await page.getByTestId('records-backup').waitFor();
    return new RecordsPage(page);
  }

  get importBox(): Locator {
    return this.page.getByTestId('records-import');
  }

  /** Saves a JSON backup and returns the download. */
  async exportJson(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Save a backup (JSON)' }).click();
    return download;
  }

  /** Chooses a file to import (the check and preview follow by themselves). */
  async chooseImport(path: string): Promise<void> {
    await this.page.getByLabel('Choose a backup file').setInputFiles(path);
  }

  async confirmImport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add these notes' }).click();
  }
}

/** How many notes the extension's database holds, read on an extension page. */
export async function countStoredNotes(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('calmline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('notes').objectStore('notes').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
}

/**
 * Writes notes into the database of an extension page that has already opened it
 * (so its schema exists). `notes` are given, or `count` are made up in the page,
 * numbered from `first` (default 0) and spaced 97 s apart from `start`.
 */
export async function seedNotes(page: Page, seed: { notes: Note[] } | { count: number; start: number; first?: number }): Promise<void> {
  await page.evaluate(async (arg) => {
    const make = (i: number, start: number) => {
      const at = start + i * 97_000;
      return {
        id: `seed-${String(i).padStart(7, '0')}`,
        occurredAt: at,
        channel: i % 3 === 0 ? 'sms' : 'phone',
        direction: i % 5 === 0 ? 'outgoing' : 'incoming',
        institution: ['招商银行信用卡中心', 'Acme Credit', '某某消费金融', '台新銀行'][i % 4],
        agent: `工号 ${1000 + (i % 50)}`,
        theySaid: i % 7 === 0 ? '今天18点前必须还款，否则联系你的家人和单位。' : 'Please call us back about your balance of $1,240.50.',
        iSaid: '我正在想办法，请给我一个分期方案。',
        promises: i % 10 === 0 ? [{ id: `p-${i}`, by: 'them', what: '三天内回电说明分期方案', dueAt: at + 3 * 86_400_000, status: 'open' }] : [],
        amount: { value: 1240.5, currency: 'CNY' },
        followUpAt: null,
        tags: ['seed'],
        source: null,
        signals: i % 7 === 0 ? ['deadline', 'third_party_contact'] : ['payment_demand'],
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      };
    };
    const notes = 'notes' in arg ? arg.notes : Array.from({ length: arg.count }, (_, i) => make(i + (arg.first ?? 0), arg.start));
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('calmline');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('notes', 'readwrite');
        const store = tx.objectStore('notes');
        for (const note of notes) store.put(note);
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, seed);
}
