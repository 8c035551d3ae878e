/**
 * Every surface a person sees, checked for accessibility in the states they meet it
 * in: axe-core's WCAG 2.2 AA rules and best practices in the light and the dark
 * theme, a Tab walk that must reach every control with a visible focus ring, and
 * (for the side panel and the report) no sideways scrolling at 320 px.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './extension';
import { expectAccessible, NARROWEST, paintInHighContrast, sidewaysScroll, tabWalk } from './accessibility-audit';
import { MESSAGES } from './collector-messages';
import { CHATS, ChatPage } from './pages/chat-page';
import { PopupPage } from './pages/popup-page';
import { RecordsPage, seedNotes } from './pages/records-page';
import { SidePanelPage } from './pages/sidepanel-page';

// axe reads the whole page twice per state; on a shared machine that takes a while.
test.describe.configure({ timeout: 120_000 });

// Three weeks of contacts, some with promises now overdue.
const THREE_WEEKS_OF_NOTES = { count: 30, start: Date.now() - 21 * 86_400_000 };
const HEATED_DRAFT = 'You people are THIEVES!!! I will never pay you a cent, stop calling me!!!';

async function expectKeyboardReachable(page: Page): Promise<void> {
  expect(await tabWalk(page)).toEqual({ missed: [], unmarked: [] });
}

async function expectReflow(page: Page): Promise<void> {
  expect(await sidewaysScroll(page), 'sideways scrolling at 320 px').toBe(0);
}

test('the popup, each section, in English and Traditional Chinese', async ({ context, extensionUrl }) => {
  const popup = await PopupPage.open(context, extensionUrl('popup.html'));
  await expectAccessible(popup.page, 'the popup’s phrases');
  await expectKeyboardReachable(popup.page);

  // The chosen section and situation stay apparent in a high-contrast mode.
  const [chosen, other] = await paintInHighContrast(popup.page, [popup.sectionTab('phrases'), popup.sectionTab('check')]);
  expect(chosen).not.toBe(other);
  const [situation, otherSituation] = await paintInHighContrast(popup.page, [
    popup.situationTab('before-call'),
    popup.situationTab('supervisor'),
  ]);
  expect(situation).not.toBe(otherSituation);

  await popup.search('supervisor');
  await expect(popup.searchResults).toBeVisible();
  await expectAccessible(popup.page, 'the popup’s search results');

  await popup.search('');
  await popup.checkDraft(HEATED_DRAFT);
  await expect(popup.findings.first()).toBeVisible();
  await expectAccessible(popup.page, 'the checker with findings');
  await expectKeyboardReachable(popup.page);

  await popup.openSection('rights');
  await expect(popup.rightsCard).toBeVisible();
  await expectAccessible(popup.page, 'the rights section');

  await popup.setLanguage('zh_TW');
  await expectAccessible(popup.page, 'the rights section in Traditional Chinese');
  await popup.openSection('phrases');
  await expectAccessible(popup.page, 'the phrases in Traditional Chinese');
});

test('the side panel: notes, the editor with a problem, settings', async ({ context, extensionUrl }) => {
  const panel = await SidePanelPage.open(context, extensionUrl);
  await panel.page.setViewportSize(NARROWEST);
  await expect(panel.page.getByRole('heading', { name: 'Your notes will live here' })).toBeVisible();
  await expectAccessible(panel.page, 'the empty notes view');

  await seedNotes(panel.page, THREE_WEEKS_OF_NOTES);
  await panel.page.reload();
  await expect(panel.entries.first()).toBeVisible();
  await expectAccessible(panel.page, 'the notes view with notes');
  await expectKeyboardReachable(panel.page);
  await expectReflow(panel.page);

  await panel.search('分期方案');
  await expectAccessible(panel.page, 'search results');
  await panel.search('nothing like this');
  await expect(panel.page.getByText('No notes match.')).toBeVisible();
  await expectAccessible(panel.page, 'a search with no results');
  await panel.search('');

  // A message pasted into the panel, marked by tier as in the page overlay.
  await panel.page.getByRole('button', { name: 'Paste a message' }).click();
  await panel.page.getByLabel('The message they sent').fill(
    '今天18点前必须还清三千元，否则我们就联系你的家人和单位。也可以申请分期。',
  );
  await expect(panel.page.locator('.paste mark').first()).toBeVisible();
  await expectAccessible(panel.page, 'a pasted message');
  await expectReflow(panel.page);
  await panel.page.emulateMedia({ forcedColors: 'active' });
  const lines = await panel.page.evaluate(() =>
    ['danger', 'warning', 'positive'].map((tier) => {
      const mark = document.querySelector(`.paste mark.tier-${tier}`);
      return [tier, mark ? getComputedStyle(mark).borderBottomStyle : 'missing'];
    }),
  );
  await panel.page.emulateMedia({ forcedColors: 'none' });
  expect(lines).toEqual([
    ['danger', 'solid'],
    ['warning', 'dashed'],
    ['positive', 'double'],
  ]);
  await panel.page.getByLabel('The message they sent').fill('');

  await panel.newContact();
  await expectAccessible(panel.page, 'the new-contact form');
  // The chosen channel and view stay apparent in a high-contrast mode.
  await panel.page.getByText('Text message').click();
  const [channel, otherChannel, view, otherView] = await paintInHighContrast(panel.page, [
    panel.page.locator('.chip span').getByText('Text message', { exact: true }),
    panel.page.locator('.chip span').getByText('Phone', { exact: true }),
    panel.page.getByRole('tab', { name: 'Notes' }),
    panel.page.getByRole('tab', { name: 'Patterns' }),
  ]);
  expect(channel).not.toBe(otherChannel);
  expect(view).not.toBe(otherView);
  await expectKeyboardReachable(panel.page);
  await expectReflow(panel.page);
  await panel.page.getByLabel('When', { exact: true }).fill('');
  await panel.page.getByLabel('What they said', { exact: true }).fill('Pay today.');
  await panel.page.keyboard.press('Control+Enter');
  await expect(panel.page.getByRole('alert')).toBeVisible();
  await expectAccessible(panel.page, 'the form with a problem');

  await panel.page.getByText('Settings').click();
  await expectAccessible(panel.page, 'the settings menu');
});

test('the side panel: patterns and backup, with a refused file', async ({ context, extensionUrl }) => {
  const records = await RecordsPage.openBackup(context, extensionUrl);
  await records.page.setViewportSize(NARROWEST);
  await seedNotes(records.page, THREE_WEEKS_OF_NOTES);
  await records.page.reload();
  await records.page.getByRole('tab', { name: 'Patterns' }).click();
  await expect(records.page.getByTestId('records-patterns').locator('.records-finding').first()).toBeVisible();
  await expectAccessible(records.page, 'the patterns view');
  await expectKeyboardReachable(records.page);
  await expectReflow(records.page);

  await records.page.getByRole('tab', { name: 'Backup & data' }).click();
  await expectAccessible(records.page, 'the backup view');
  await expectReflow(records.page);
  const garbage = join(mkdtempSync(join(tmpdir(), 'calmline-a11y-')), 'garbage.json');
  writeFileSync(garbage, '{"format":"calmline-notes","version":1,"notes":[');
  await records.chooseImport(garbage);
  await expect(records.importBox.getByRole('alert')).toBeVisible();
  await expectAccessible(records.page, 'a refused import');
  await expectKeyboardReachable(records.page);
});

test('the report, in English and Simplified Chinese', async ({ context, extensionUrl, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('report.html?jurisdiction=CN'));
  await page.getByTestId('records-report').waitFor();
  await seedNotes(page, THREE_WEEKS_OF_NOTES);
  await page.reload();
  await expect(page.locator('.report-entry').first()).toBeVisible();
  await expectAccessible(page, 'the report');
  await expectKeyboardReachable(page);
  // The summary table scrolls inside its own region; the page around it reflows.
  await page.setViewportSize(NARROWEST);
  await expectReflow(page);
  await expectAccessible(page, 'the report in a narrow window');

  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { locale: 'zh_CN', theme: 'auto' } }));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('债务沟通记录');
  await expectAccessible(page, 'the report in Simplified Chinese');
});

test('the overlay on a chat page, in English and Simplified Chinese', async ({ context, fixtures, injectContentScript }) => {
  const chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.textarea, injectContentScript);
  await chat.pasteWithKeyboard(MESSAGES.en);
  await expect(chat.card).toBeVisible();
  await expectAccessible(chat.page, 'the overlay', 'calmline-overlay');

  // Tiers differ by the line under a highlight too, not by colour alone, and a
  // high-contrast mode, which replaces the colours, keeps the lines.
  await chat.page.emulateMedia({ forcedColors: 'active' });
  const lines = await chat.overlay.evaluate((host) => {
    const style = (el: Element | null | undefined) => (el ? getComputedStyle(el).borderBottomStyle : 'missing');
    const root = host.shadowRoot!;
    return ['danger', 'warning', 'info'].map((tier) => ({
      tier,
      highlight: style(root.querySelector(`mark.${tier}`)),
      legend: style(root.querySelector(`.swatch.${tier}`)),
    }));
  });
  await chat.page.emulateMedia({ forcedColors: 'none' });
  expect(lines).toEqual([
    { tier: 'danger', highlight: 'solid', legend: 'solid' },
    { tier: 'warning', highlight: 'dashed', legend: 'dashed' },
    { tier: 'info', highlight: 'dotted', legend: 'dotted' },
  ]);

  await chat.overlay.getByRole('button', { name: /close/i }).click();
  await chat.field.fill('');
  await chat.pasteWithKeyboard(MESSAGES.zhHans);
  await expect(chat.card).toHaveAttribute('lang', 'zh-Hans-CN');
  await expectAccessible(chat.page, 'the overlay in Simplified Chinese', 'calmline-overlay');
});
