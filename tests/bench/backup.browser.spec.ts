/**
 * Export and import of 100 000 notes in headless Chromium with the built extension,
 * through the side panel's "Backup & data" view as a person uses it (budget:
 * import ≤ 10 s). Reported: export time and file size; import split into reading +
 * checking the file (until the preview shows) and writing (until "Done"); the same
 * file imported again into the full database; and the page's peak JS heap during
 * each, sampled every 50 ms through the DevTools protocol, to show memory stays bounded.
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

/** Samples the page's JS heap while `work` runs; returns the time it took and the peak heap. */
async function measure(cdp: CDPSession, work: () => Promise<unknown>): Promise<{ ms: number; peakMb: number; baseMb: number }> {
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
  return { ms, peakMb, baseMb };
}

async function session(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

const row = (name: string, r: { ms: number; peakMb: number; baseMb: number }) =>
  `${name.padEnd(34)} ${(r.ms / 1000).toFixed(2).padStart(6)} s   heap ${r.baseMb.toFixed(0).padStart(4)} → peak ${r.peakMb.toFixed(0).padStart(4)} MB`;

test('export and import of 100 000 notes', async ({ context, extensionUrl }) => {
  const file = join(mkdtempSync(join(tmpdir(), 'calmline-bench-')), 'backup.json');
  let records = await RecordsPage.openBackup(context, extensionUrl);
  await seedNotes(records.page, { count: NOTES, start: Date.UTC(2025, 0, 1) });
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

  const total = { ms: checked.ms + written.ms, peakMb: Math.max(checked.peakMb, written.peakMb), baseMb: checked.baseMb };
  console.log(
    [
      `backup of ${NOTES.toLocaleString('en')} notes, file ${sizeMb.toFixed(1)} MB (budget: import ≤ 10 s)`,
      row('export (JSON, to the download)', exported),
      row('import: read + check + preview', checked),
      row('import: write (one transaction)', written),
      row('import total, into an empty db', total),
      row('re-import check, all already here', again),
    ].join('\n'),
  );
});
