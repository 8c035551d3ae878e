/**
 * Opening the popup → first paint, in headless Chromium with the built extension
 * (budget: ≤ 100 ms). Each round opens popup.html in a fresh page, as each click
 * on the toolbar button creates a new popup document. Reported from the page's
 * navigation start: first contentful paint (the page is empty until the app
 * renders, so this is the app's first paint), and "situations painted" — the
 * phrase list in the DOM, then the first task after the next animation frame.
 */
import { test } from '../e2e/extension';

const ROUNDS = 60;
const WARMUP = 5;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const row = (name: string, values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (v: number) => v.toFixed(1).padStart(6);
  return `${name.padEnd(22)} p50 ${f(percentile(sorted, 50))} ms   p95 ${f(percentile(sorted, 95))} ms   max ${f(sorted[sorted.length - 1]!)} ms`;
};

test('popup: opening → first paint', async ({ context, extensionUrl }) => {
  // Records, from navigation start, when the phrases first exist and when they are painted.
  await context.addInitScript(() => {
    const marks = ((window as unknown as { __popupPaint: Record<string, number> }).__popupPaint = {});
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="situation"] button.phrase')) return;
      observer.disconnect();
      marks.rendered = performance.now();
      requestAnimationFrame(() => setTimeout(() => (marks.painted = performance.now()), 0));
    });
    observer.observe(document, { childList: true, subtree: true });
  });

  const fcp: number[] = [];
  const painted: number[] = [];
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 560 });
    await page.goto(extensionUrl('popup.html'));
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

  console.log(
    [
      `popup opening → paint, ${ROUNDS} openings (budget ≤ 100 ms)`,
      row('first contentful paint', fcp),
      row('situations painted', painted),
    ].join('\n'),
  );
});
