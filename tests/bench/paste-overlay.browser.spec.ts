/**
 * Paste → overlay painted, in headless Chromium with the built extension
 * (budget: p95 ≤ 50 ms). Each round pastes a collection message into the textarea
 * chat with no overlay open, so it pays for everything: reading the paste, the
 * round trip to the background where the analyzer runs, creating the shadow root,
 * rendering and placing the card. "Painted" is the first task after the next
 * animation frame once the card is in the DOM.
 *
 * The background may be asleep when a paste comes (the browser stops it after
 * 30 s idle), so two more series stop it before each round: one where the person
 * clicks into the chat box half a second before pasting (the content script wakes
 * the background on that focus), and the worst case, a paste with no focus first.
 */
import type { Page } from '@playwright/test';
import { test } from '../e2e/extension';

const ROUNDS = 200;
const COLD_ROUNDS = 20;
const WARMUP = 10;
const MESSAGES = [
  'FINAL NOTICE: Your account is 90 days overdue. Pay the balance of $1,240.50 by 6pm today or we will contact your employer and your family about this debt.',
  '你欠的三千元已经逾期两个月了，今天18点前必须还清，否则我们就联系你的家人和单位。',
  '您的信用卡欠款已逾期60天，請於今天下午5點前還款新台幣12,000元，否則我們將通知您的公司和家人。',
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Milliseconds from dispatching a paste of `text` to the overlay being painted. */
function pasteToPaint(page: Page, text: string, focusFirstMs: number | null): Promise<number> {
  return page.evaluate(
    ({ text, focusFirstMs }) =>
      new Promise<number>((resolve, reject) => {
        const field = document.getElementById('input') as HTMLTextAreaElement;
        field.value = '';
        let start = 0;
        const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        // The card renders inside the shadow root, which a page-level observer cannot see into.
        const observer = new MutationObserver(() => {
          const shadow = document.querySelector('calmline-overlay')?.shadowRoot;
          if (!shadow) return;
          if (shadow.querySelector('.card')) {
            observer.disconnect();
            painted();
          } else {
            observer.observe(shadow, { childList: true, subtree: true });
          }
        });
        observer.observe(document.documentElement, { childList: true });
        setTimeout(() => reject(new Error('no overlay within 5 s')), 5_000 + (focusFirstMs ?? 0));
        const paste = () => {
          const data = new DataTransfer();
          data.setData('text/plain', text);
          start = performance.now();
          field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        };
        if (focusFirstMs === null) {
          paste();
        } else {
          field.blur();
          field.focus();
          setTimeout(paste, focusFirstMs);
        }
      }),
    { text, focusFirstMs },
  );
}

async function closeOverlay(page: Page) {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('calmline-overlay'));
}

function report(title: string, timings: number[]) {
  const sorted = [...timings].sort((a, b) => a - b);
  const row = (name: string, value: number) => `  ${name.padEnd(4)} ${value.toFixed(1).padStart(7)} ms`;
  console.log(
    [`${title}, ${timings.length} rounds`, row('p50', percentile(sorted, 50)), row('p95', percentile(sorted, 95)), row('max', sorted.at(-1)!)].join(
      '\n',
    ),
  );
}

test('paste → overlay painted (budget p95 ≤ 50 ms)', async ({ context, fixtures, injectContentScript }) => {
  const page = await context.newPage();
  await page.goto(`${fixtures.origin}/chat-textarea.html`);
  await injectContentScript(page);

  const warm: number[] = [];
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const ms = await pasteToPaint(page, MESSAGES[round % MESSAGES.length]!, null);
    if (round >= WARMUP) warm.push(ms);
    await closeOverlay(page);
  }
  report('background awake', warm);

  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  for (const [title, focusFirstMs] of [
    ['background asleep, chat box clicked 500 ms before the paste', 500],
    ['background asleep, paste with no focus first (worst case)', null],
  ] as const) {
    const cold: number[] = [];
    for (let round = 0; round < COLD_ROUNDS; round++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(300);
      cold.push(await pasteToPaint(page, MESSAGES[round % MESSAGES.length]!, focusFirstMs));
      await closeOverlay(page);
    }
    report(title, cold);
  }
});
