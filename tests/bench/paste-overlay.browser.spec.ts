/**
 * Paste → overlay painted, in headless Chromium with the built extension
 * (budget: p95 ≤ 50 ms). Each round pastes a collection message into the textarea
 * chat with no overlay open, so it pays for everything: reading the paste,
 * analysis, creating the shadow root, rendering and placing the card. "Painted"
 * is the first task after the next animation frame once the card is in the DOM.
 */
import { test } from '../e2e/extension';

const ROUNDS = 200;
const WARMUP = 10;
const MESSAGES = [
  'FINAL NOTICE: Your account is 90 days overdue. Pay the balance of $1,240.50 by 6pm today or we will contact your employer and your family about this debt.',
  '你欠的三千元已经逾期两个月了，今天18点前必须还清，否则我们就联系你的家人和单位。',
  '您的信用卡欠款已逾期60天，請於今天下午5點前還款新台幣12,000元，否則我們將通知您的公司和家人。',
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

test('paste → overlay painted', async ({ context, fixtures, injectContentScript }) => {
  const page = await context.newPage();
  await page.goto(`${fixtures.origin}/chat-textarea.html`);
  await injectContentScript(page);

  const timings: number[] = [];
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const ms = await page.evaluate(
      (text) =>
        new Promise<number>((resolve, reject) => {
          const field = document.getElementById('input') as HTMLTextAreaElement;
          field.value = '';
          field.focus();
          const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          // The card renders inside the shadow root, which the page-level observer cannot see into.
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
          setTimeout(() => reject(new Error('no overlay within 5 s')), 5_000);
          const data = new DataTransfer();
          data.setData('text/plain', text);
          const start = performance.now();
          field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }),
      MESSAGES[round % MESSAGES.length]!,
    );
    if (round >= WARMUP) timings.push(ms);
    // Close it, so the next round starts from a page with no overlay.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('calmline-overlay'));
  }

  const sorted = [...timings].sort((a, b) => a - b);
  const row = (name: string, value: number) => `${name.padEnd(6)} ${value.toFixed(1).padStart(6)} ms`;
  console.log(
    [
      `paste → overlay painted, ${ROUNDS} rounds (budget p95 ≤ 50 ms)`,
      row('p50', percentile(sorted, 50)),
      row('p95', percentile(sorted, 95)),
      row('max', sorted[sorted.length - 1]!),
    ].join('\n'),
  );
});
