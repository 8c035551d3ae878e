/**
 * Export and import of 100 000 notes in headless Chromium with the built extension,
 * through the side panel's "Backup & data" view as a person uses it (budget:
 * import ≤ 10 s). Reported: JSON export of 20 000 and of 100 000 notes, with the
 * heap really held during each (it should not grow with the notes), CSV export,
 * file size; import split into reading +
 * checking the file (until the preview shows) and writing (until "Done"); the same
 * file imported again into the full database; the same notes written with the bare
 * IndexedDB API, for the floor; and the page's peak JS heap during
 * each, sampled every 50 ms through the DevTools protocol, and what stays after a
 * garbage collection, to show memory stays bounded.
 */
import { statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { test, expect } from '../e2e/extension';
import { countStoredNotes, RecordsPage, seedNotes } from '../e2e/pages/records-page';

const NOTES = 100_000;
const SMALL = 20_000;
const MB = 1024 * 1024;

interface Measured {
  ms: number;
  baseMb: number;
  peakMb: number;
  /** Heap still in use after a garbage collection once the work is done. */
  afterMb: number;
}

/**
 * Samples the page's JS heap while `work` runs; returns the time it took and the heap
 * before, at peak and after. With `live`, every sample follows a forced garbage
 * collection, so the peak is what was really held, not garbage awaiting collection
 * (the forced collections slow the work, so its time is not the one to report).
 */
async function measure(cdp: CDPSession, work: () => Promise<unknown>, live = false): Promise<Measured> {
  const heap = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / MB;
  };
  await cdp.send('HeapProfiler.collectGarbage');
  const baseMb = await heap();
  let peakMb = baseMb;
  let running = true;
  const sampler = (async () => {
    while (running) {
      if (live) await cdp.send('HeapProfiler.collectGarbage');
      peakMb = Math.max(peakMb, await heap());
      await new Promise((resolve) => setTimeout(resolve, live ? 200 : 50));
    }
  })();
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  running = false;
  await sampler;
  await cdp.send('HeapProfiler.collectGarbage');
  return { ms, baseMb, peakMb, afterMb: await heap() };
}

async function session(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

/**
 * The side panel on "Backup & data", settled: the notes view it opens on has loaded
 * every note, and Dexie has let go of that view's cached query (it keeps one for 3 s
 * after the view closes), so what is measured next is the backup's own memory.
 */
async function openSettled(context: BrowserContext, extensionUrl: (page: string) => string): Promise<RecordsPage> {
  const records = await RecordsPage.openBackup(context, extensionUrl, true);
  await records.page.waitForTimeout(3_500);
  return records;
}

const mb = (value: number) => value.toFixed(0).padStart(4);
const row = (name: string, r: Measured) =>
  `${name.padEnd(34)} ${(r.ms / 1000).toFixed(2).padStart(6)} s   JS heap ${mb(r.baseMb)} → peak ${mb(r.peakMb)} → after GC ${mb(r.afterMb)} MB`;

test('export and import of 100 000 notes', async ({ context, extensionUrl }) => {
  const file = join(mkdtempSync(join(tmpdir(), 'calmline-bench-')), 'backup.json');
  const start = Date.UTC(2025, 0, 1);
  let records = await RecordsPage.openBackup(context, extensionUrl);
  // A fifth of the notes first: exporting them shows how the export's memory grows with the notes.
  await seedNotes(records.page, { count: SMALL, start });
  const exportFrom = async (count: number, path: string, live = false) => {
    // Start from a freshly loaded page, as a person would open the side panel.
    await records.page.close();
    records = await openSettled(context, extensionUrl);
    const cdp = await session(records.page);
    return measure(cdp, async () => {
      const download = await records.exportJson();
      await download.saveAs(path);
      await records.page.getByRole('status').filter({ hasText: `Saved ${count} notes` }).waitFor({ timeout: 120_000 });
    }, live);
  };
  const exportedSmall = await exportFrom(SMALL, `${file}.small`);
  const liveSmall = await exportFrom(SMALL, `${file}.small`, true);
  // The rest, written with the bare IndexedDB API in one transaction: the floor any import's write can reach.
  const seedStart = performance.now();
  await seedNotes(records.page, { count: NOTES - SMALL, start, first: SMALL });
  const seedMs = ((performance.now() - seedStart) * NOTES) / (NOTES - SMALL);
  expect(await countStoredNotes(records.page)).toBe(NOTES);
  const exported = await exportFrom(NOTES, file);
  const liveLarge = await exportFrom(NOTES, file, true);
  const sizeMb = statSync(file).size / MB;
  const csv = await measure(await session(records.page), async () => {
    const download = records.page.waitForEvent('download');
    await records.page.getByRole('button', { name: 'Save as a spreadsheet (CSV)' }).click();
    await (await download).saveAs(`${file}.csv`);
  });

  // Import into an empty database: a restore onto a new computer.
  await records.page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('calmline');
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          tx.objectStore('notes').clear();
          tx.oncomplete = () => (open.result.close(), resolve());
        };
      }),
  );
  await records.page.close();
  records = await openSettled(context, extensionUrl);
  const cdp = await session(records.page);
  const preview = records.page.getByTestId('records-import-preview');
  const checked = await measure(cdp, async () => {
    await records.chooseImport(file);
    await preview.waitFor({ timeout: 120_000 });
  });
  await expect(preview).toContainText(`New: ${NOTES}.`);
  const written = await measure(cdp, async () => {
    await records.confirmImport();
    await records.importBox.getByText('Done.').waitFor({ timeout: 120_000 });
  });
  expect(await countStoredNotes(records.page)).toBe(NOTES);

  // The same file again: every note is already there, nothing is written twice.
  const again = await measure(cdp, async () => {
    await records.chooseImport(file);
    await preview.getByText(`Already here: ${NOTES}.`).waitFor({ timeout: 120_000 });
  });

  const total = { ms: checked.ms + written.ms, baseMb: checked.baseMb, peakMb: Math.max(checked.peakMb, written.peakMb), afterMb: written.afterMb };
  console.log(
    [
      `backup of ${NOTES.toLocaleString('en')} notes, file ${sizeMb.toFixed(1)} MB (budget: import ≤ 10 s)`,
      row(`export JSON, ${SMALL.toLocaleString('en')} notes`, exportedSmall),
      row(`export JSON, ${NOTES.toLocaleString('en')} notes`, exported),
      row('export CSV', csv),
      `${'export JSON, heap held (GC forced)'.padEnd(34)} ${SMALL.toLocaleString('en')} notes: peak ${mb(liveSmall.peakMb)} MB; ${NOTES.toLocaleString('en')} notes: peak ${mb(liveLarge.peakMb)} MB`,
      row('import: read + check + preview', checked),
      row('import: write (one transaction)', written),
      row('import total, into an empty db', total),
      row('re-import check, all already here', again),
      `${'bare IndexedDB put, same notes'.padEnd(34)} ${(seedMs / 1000).toFixed(2).padStart(6)} s   (the floor for the write; from 80 000, scaled)`,
    ].join('\n'),
  );
});
