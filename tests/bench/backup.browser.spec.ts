/**
 * Export and import of 100 000 notes in headless Chromium with the built extension,
 * through the side panel's "Backup & data" view as a person uses it (budget:
 * import ≤ 10 s). Reported: export time and file size; import split into reading +
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
import type { CDPSession, Page } from '@playwright/test';
import { test, expect } from '../e2e/extension';
import { countStoredNotes, RecordsPage, seedNotes } from '../e2e/pages/records-page';

const NOTES = 100_000;
const MB = 1024 * 1024;

interface Measured {
  ms: number;
  baseMb: number;
  peakMb: number;
  /** Heap still in use after a garbage collection once the work is done. */
  afterMb: number;
}

/** Samples the page's JS heap while `work` runs; returns the time it took and the heap before, at peak and after. */
async function measure(cdp: CDPSession, work: () => Promise<unknown>): Promise<Measured> {
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
      peakMb = Math.max(peakMb, await heap());
      await new Promise((resolve) => setTimeout(resolve, 50));
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

const mb = (value: number) => value.toFixed(0).padStart(4);
const row = (name: string, r: Measured) =>
  `${name.padEnd(34)} ${(r.ms / 1000).toFixed(2).padStart(6)} s   JS heap ${mb(r.baseMb)} → peak ${mb(r.peakMb)} → after GC ${mb(r.afterMb)} MB`;

test('export and import of 100 000 notes', async ({ context, extensionUrl }) => {
  const file = join(mkdtempSync(join(tmpdir(), 'calmline-bench-')), 'backup.json');
  let records = await RecordsPage.openBackup(context, extensionUrl);
  // Seeding writes with the bare IndexedDB API in one transaction: the floor any import's write can reach.
  const seedStart = performance.now();
  await seedNotes(records.page, { count: NOTES, start: Date.UTC(2025, 0, 1) });
  const seedMs = performance.now() - seedStart;
  expect(await countStoredNotes(records.page)).toBe(NOTES);
  // Start from a freshly loaded page, as a person would open the side panel.
  await records.page.close();
  records = await RecordsPage.openBackup(context, extensionUrl);
  let cdp = await session(records.page);
  const saved = records.page.getByRole('status').filter({ hasText: `Saved ${NOTES} notes` });

  const exported = await measure(cdp, async () => {
    const download = await records.exportJson();
    await download.saveAs(file);
    await saved.waitFor({ timeout: 120_000 });
  });
  const sizeMb = statSync(file).size / MB;

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
  records = await RecordsPage.openBackup(context, extensionUrl);
  cdp = await session(records.page);
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
      row('export (JSON, to the download)', exported),
      row('import: read + check + preview', checked),
      row('import: write (one transaction)', written),
      row('import total, into an empty db', total),
      row('re-import check, all already here', again),
      `${'bare IndexedDB put, same notes'.padEnd(34)} ${(seedMs / 1000).toFixed(2).padStart(6)} s   (the floor for the write)`,
    ].join('\n'),
  );
});
