/**
 * Opening the popup → first paint, in headless Chromium with the built extension
 * (budget: ≤ 100 ms). Each round opens popup.html in a fresh page, as each click
 * on the toolbar button creates a new popup document. Reported from the page's
 * navigation start: first contentful paint (the page is empty until the app
 * renders, so this is the app's first paint), and "situations painted" — the
 * phrase list in the DOM, then the first task after the next animation frame.
 * Measured with the interface in English and in Chinese: Chinese text has the
 * browser find and load CJK fonts for the first paint.
 */
import type { BrowserContext } from '@playwright/test';
import { test } from '../e2e/extension';
import { PopupPage } from '../e2e/pages/popup-page';

const ROUNDS = 60;
const WARMUP = 5;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const row = (name: string, values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (v: number) => v.toFixed(1).padStart(6);
  return `${name.padEnd(34)} p50 ${f(percentile(sorted, 50))} ms   p95 ${f(percentile(sorted, 95))} ms   max ${f(sorted[sorted.length - 1]!)} ms`;
};

/** Records, in every page, when the phrases first exist and when they are painted, from navigation start. */
async function watchForPhrases(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __popupPaint: Record<string, number> }).__popupPaint = marks;
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="situation"] button.phrase')) return;
      observer.disconnect();
      marks.rendered = performance.now();
      requestAnimationFrame(() => setTimeout(() => (marks.painted = performance.now()), 0));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** Opens the popup ROUNDS times (after WARMUP openings) and returns both timings for each. */
async function openRepeatedly(context: BrowserContext, url: string): Promise<{ fcp: number[]; painted: number[] }> {
  const fcp: number[] = [];
  const painted: number[] = [];
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 560 });
    await page.goto(url);
    const result = await page.waitForFunction(() => {
      const marks = (window as unknown as { __popupPaint: Record<string, number> }).__popupPaint;
      const [paint] = performance.getEntriesByName('first-contentful-paint');
      return marks.painted !== undefined && paint ? { fcp: paint.startTime, painted: marks.painted } : null;
    });
    const { fcp: first, painted: shown } = (await result.jsonValue())!;
    if (round >= WARMUP) {
      fcp.push(first);
      painted.push(shown);
    }
    await page.close();
  }
  return { fcp, painted };
}

test('popup: opening → first paint', async ({ context, extensionUrl }) => {
  await watchForPhrases(context);
  const url = extensionUrl('popup.html');
  const setLocale = async (locale: 'en' | 'zh_CN') => {
    const popup = await PopupPage.open(context, url);
    await popup.setLanguage(locale);
    await popup.page.close();
  };

  await setLocale('en');
  const english = await openRepeatedly(context, url);
  await setLocale('zh_CN');
  const chinese = await openRepeatedly(context, url);

  console.log(
    [
      `popup opening → paint, ${ROUNDS} openings each (budget ≤ 100 ms)`,
      row('first contentful paint, English', english.fcp),
      row('situations painted, English', english.painted),
      row('first contentful paint, Chinese', chinese.fcp),
      row('situations painted, Chinese', chinese.painted),
    ].join('\n'),
  );
});
