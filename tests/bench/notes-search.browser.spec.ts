/**
 * The notes side panel with 10 000 notes, in headless Chromium with the built
 * extension: search keystroke → results rendered (budget p95 ≤ 16 ms), and the
 * panel's first render. "Rendered" is the moment the results are in the DOM with
 * style and layout done (the work a keystroke costs); "painted" adds the wait for
 * the next animation frame, which at 60 Hz alone can be up to 16.7 ms. First render
 * is timed from the start of navigation.
 */
import type { Page } from '@playwright/test';
import { test } from '../e2e/extension';
import { seedBenchNotes } from './notes-corpus';

const NOTES = 10_000;
const LOADS = 8;
/** Queries typed a character at a time, in the three languages, then erased. */
const QUERIES = ['还款', '逾期 征信', '帳戶', 'final notice', 'northwind', '分期', 'call back monday', '招商银行 罚息'];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const row = (name: string, values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (v: number) => v.toFixed(1).padStart(7);
  return `${name.padEnd(34)} p50 ${f(percentile(sorted, 50))} ms   p95 ${f(percentile(sorted, 95))} ms   max ${f(sorted[sorted.length - 1]!)} ms`;
};

interface FirstRender {
  /** The panel's frame (header, tabs, buttons) in the DOM. */
  frame: number;
  /** The first timeline entries in the DOM, with layout done. */
  entries: number;
  /** …and painted: the first task after the next animation frame. */
  painted: number;
  /** Every note read and the search box shown. */
  search: number;
}

/**
 * Records, from before any of the page's own scripts run, when the frame and the
 * first entries appear (milliseconds since navigation started).
 */
function watchFirstRender(): void {
  const times: Partial<FirstRender> = {};
  (window as unknown as { firstRender: Partial<FirstRender> }).firstRender = times;
  const observer = new MutationObserver(() => {
    if (times.frame === undefined && document.querySelector('[data-testid="sidepanel"]')) times.frame = performance.now();
    if (times.entries === undefined && document.querySelector('.timeline .entry')) {
      document.body.getBoundingClientRect();
      times.entries = performance.now();
      requestAnimationFrame(() => setTimeout(() => (times.painted = performance.now()), 0));
    }
    if (times.search === undefined && document.getElementById('notes-search')) {
      times.search = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function firstRender(page: Page): Promise<FirstRender> {
  await page.reload();
  const handle = await page.waitForFunction(() => {
    const times = (window as unknown as { firstRender?: Partial<FirstRender> }).firstRender;
    return times?.painted !== undefined && times.search !== undefined ? times : null;
  });
  return (await handle.jsonValue()) as FirstRender;
}

/** Types `query` one character at a time, then erases it, timing each keystroke. */
async function typeQuery(page: Page, query: string): Promise<{ rendered: number[]; painted: number[] }> {
  return page.evaluate(async (q) => {
    const input = document.getElementById('notes-search') as HTMLInputElement;
    const nextTask = () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => nextTask().then(resolve)));
    const values = [...[...q].map((_, i) => [...q].slice(0, i + 1).join('')), ...[...q].map((_, i) => [...q].slice(0, q.length - i - 1).join(''))];
    const rendered: number[] = [];
    const painted: number[] = [];
    for (const value of values) {
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Preact renders in a microtask after the event; the next task sees its DOM.
      await nextTask();
      document.body.getBoundingClientRect();
      rendered.push(performance.now() - start);
      await nextPaint();
      painted.push(performance.now() - start);
      if (value && !document.querySelector('.results-count')) throw new Error(`no results shown for "${value}"`);
      await new Promise((r) => setTimeout(r, 30));
    }
    return { rendered, painted };
  }, query);
}

test('notes: search keystroke → results, and first render, with 10 000 notes', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('sidepanel.html'));
  await page.getByTestId('sidepanel').waitFor();
  await seedBenchNotes(page, NOTES);
  await page.addInitScript(watchFirstRender);

  const loads: FirstRender[] = [];
  for (let i = 0; i < LOADS; i++) loads.push(await firstRender(page));
  await page.locator('#notes-search').waitFor();
  // Let the panel fold the notes for search at its idle moment, as a person reading would.
  await page.waitForTimeout(1_500);

  const rendered: number[] = [];
  const painted: number[] = [];
  const found: string[] = [];
  for (const query of QUERIES) {
    await typeQuery(page, query);
    const timing = await typeQuery(page, query);
    rendered.push(...timing.rendered);
    painted.push(...timing.painted);
    await page.locator('#notes-search').fill(query);
    found.push(`${query}: ${await page.locator('.results-count').textContent()}`);
    await page.locator('#notes-search').fill('');
  }

  console.log(
    [
      `notes side panel, ${NOTES} notes, ${rendered.length} keystrokes, ${LOADS} loads`,
      row('keystroke → results rendered', rendered),
      row('keystroke → next paint', painted),
      row('first render: frame in the DOM', loads.map((l) => l.frame)),
      row('first render: entries in the DOM', loads.map((l) => l.entries)),
      row('first render: entries painted', loads.map((l) => l.painted)),
      row('all notes read, search ready', loads.map((l) => l.search)),
      ...found,
    ].join('\n'),
  );
});
