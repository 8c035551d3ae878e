import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './extension';
import { countStoredNotes, RecordsPage, seedNotes } from './pages/records-page';
import type { Note } from '../../utils/notes/note';

const folder = mkdtempSync(join(tmpdir(), 'calmline-records-'));
const backupPath = join(folder, 'backup.json');

function note(i: number, change: Partial<Note> = {}): Note {
  const at = Date.UTC(2026, 2, 2, 1 + i, 0);
  return {
    id: `e2e-${i}`,
    occurredAt: at,
    channel: 'phone',
    direction: 'incoming',
    institution: '某某消费金融',
    agent: '王经理',
    theySaid: '你再不还钱，我们就联系你的单位和家人。',
    iSaid: '请通过书面方式告诉我欠款明细。',
    promises: [{ id: `p${i}`, by: 'them', what: '发送还款明细 📄', dueAt: at + 86_400_000, status: 'broken' }],
    amount: { value: 35000, currency: 'CNY' },
    followUpAt: null,
    tags: ['催收'],
    source: null,
    signals: ['third_party_contact', 'abuse'],
    createdAt: at,
    updatedAt: at,
    deletedAt: i === 4 ? at + 1000 : null,
    ...change,
  };
}
const NOTES = Array.from({ length: 5 }, (_, i) => note(i));

test.describe('backups move between browsers', () => {
  test.describe.configure({ mode: 'serial' });

  test('a JSON backup holds every note, the bin included', async ({ context, extensionUrl }) => {
    const records = await RecordsPage.openBackup(context, extensionUrl);
    await seedNotes(records.page, { notes: NOTES });
    const download = await records.exportJson();
    expect(download.suggestedFilename()).toMatch(/^calmline-notes-\d{4}-\d{2}-\d{2}\.json$/);
    await download.saveAs(backupPath);
    const file = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(file).toMatchObject({ format: 'calmline-notes', version: 1 });
    expect(file.notes).toEqual(NOTES);
    await expect(records.page.getByRole('status').filter({ hasText: 'Saved 5 notes' })).toBeVisible();
  });

  test('the backup imports into a fresh profile, once', async ({ context, extensionUrl }) => {
    const records = await RecordsPage.openBackup(context, extensionUrl);
    expect(await countStoredNotes(records.page)).toBe(0);
    await records.chooseImport(backupPath);
    const preview = records.page.getByTestId('records-import-preview');
    await expect(preview).toContainText('holds 5 notes');
    await expect(preview).toContainText('New: 5.');
    await records.confirmImport();
    await expect(records.importBox).toContainText('Done. Added 5, updated 0; 0 were already here.');
    expect(await countStoredNotes(records.page)).toBe(5);
    await expect(records.page.getByTestId('records-storage')).toContainText('4 notes, and 1 in the bin.');

    await records.chooseImport(backupPath);
    await expect(records.page.getByTestId('records-import-preview')).toContainText('Already here: 5.');
    await records.confirmImport();
    await expect(records.importBox).toContainText('Nothing to add');
    expect(await countStoredNotes(records.page)).toBe(5);
  });
});

test('a damaged or hostile file is refused in plain words, and the notes stay as they were', async ({ context, extensionUrl }) => {
  const records = await RecordsPage.openBackup(context, extensionUrl);
  await seedNotes(records.page, { notes: NOTES });
  const garbage = join(folder, 'garbage.json');
  writeFileSync(garbage, '{"format":"calmline-notes","version":1,"notes":[{"id":"x"');
  await records.chooseImport(garbage);
  await expect(records.importBox.getByRole('alert')).toContainText('The file ends too early');
  await expect(records.importBox.getByRole('alert')).toContainText('your notes are unchanged');

  const hostile = join(folder, 'hostile.json');
  writeFileSync(hostile, JSON.stringify({ format: 'calmline-notes', version: 1, notes: [] }).replace('"notes"', '"__proto__":{"x":1},"notes"'));
  await records.chooseImport(hostile);
  await expect(records.importBox.getByRole('alert')).toContainText('a field named “__proto__”');
  expect(await countStoredNotes(records.page)).toBe(NOTES.length);
});

test('the report renders in Chinese, with findings, rules and the timeline', async ({ context, extensionUrl, serviceWorker }) => {
  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { locale: 'zh_CN', theme: 'light' } }));
  const page = await context.newPage();
  await page.goto(extensionUrl('report.html?jurisdiction=CN'));
  await expect(page.getByTestId('records-report')).toBeVisible();
  await seedNotes(page, { notes: NOTES });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('债务沟通记录');
  await expect(page.getByRole('table', { name: '概览' })).toContainText('某某消费金融');
  await expect(page.getByRole('heading', { level: 2, name: '某某消费金融' })).toBeVisible();
  await expect(page.locator('.records-finding[data-kind=conduct]')).toContainText('《金融机构个人消费类贷款催收工作指引（试行）》');
  await expect(page.locator('.records-finding[data-kind=third_party]')).toContainText('有 4 次联系涉及家人、朋友或工作单位');
  await expect(page.locator('.report-entry')).toHaveCount(4);
  await expect(page.locator('.report-entry').first()).toContainText('你再不还钱，我们就联系你的单位和家人。');
  // Findings link to the notes behind them.
  await page.locator('.records-finding[data-kind=conduct] a').first().click();
  await expect(page.locator('.report-entry:target')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.report-print')).toBeHidden();
  await page.screenshot({ path: 'test-results/records-report-zh.png', fullPage: true });
});

test('a finding in the Patterns view opens the note behind it', async ({ context, extensionUrl }) => {
  const records = await RecordsPage.openBackup(context, extensionUrl);
  await seedNotes(records.page, { notes: NOTES });
  const page = records.page;
  // Written behind Dexie's back, the notes show once the page reads them afresh.
  await page.reload();
  await page.getByRole('tab', { name: 'Patterns' }).click();
  const patterns = page.getByTestId('records-patterns');
  await expect(patterns.getByRole('img', { name: 'Contacts from 某某消费金融 over time' })).toBeVisible();
  const conduct = patterns.locator('.records-finding[data-kind=conduct]');
  await expect(conduct).toContainText('4 contacts with threats or insults');
  await conduct.getByText('The notes behind this (4)').click();
  await conduct.getByRole('button', { name: /^Open the note from/ }).first().click();
  await expect(page.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true');
});
