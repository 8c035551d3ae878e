/**
 * Paste → overlay painted, in headless Chromium with the built extension
 * (budget: p95 ≤ 50 ms). Each round pastes a collection message into the textarea
 * chat with no overlay open, so it pays for everything: reading the paste, the
 * round trip to the background where the analyzer runs, creating the shadow root,
 * rendering and placing the card. "Painted" is the first task after the next
 * animation frame once the card is in the DOM.
 *
 * The background may be asleep when a paste comes (the browser stops it after
 * 30 s idle), so more series stop it before each round and differ in what the
 * person did first: clicked into the chat box half a second before pasting; copied
 * the message from the chat log a second before; pressed Ctrl in the focused chat
 * box a tenth of a second before the paste (Ctrl+V at a person's pace); nothing at
 * all, the worst case; and a real middle-click paste of a message selected in the
 * chat log (Linux's primary selection), the button held a tenth of a second. The
 * content script wakes the background on all but the worst case.
 */
import type { Page } from '@playwright/test';
import { WAKE_INTERVAL_MS } from '../../entrypoints/content/paste-ahead';
import { watchBackground } from '../e2e/background-status';
import { test } from '../e2e/extension';
import { CHATS, ChatPage } from '../e2e/pages/chat-page';

const ROUNDS = 200;
const COLD_ROUNDS = 20;
const WARMUP = 10;
const MESSAGES = [
  'FINAL NOTICE: Your account is 90 days overdue. Pay the balance of $1,240.50 by 6pm today or we will contact your employer and your family about this debt.',
  '你欠的三千元已经逾期两个月了，今天18点前必须还清，否则我们就联系你的家人和单位。',
  '您的信用卡欠款已逾期60天，請於今天下午5點前還款新台幣12,000元，否則我們將通知您的公司和家人。',
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

declare global {
  interface Window {
    /** Resolves with the milliseconds from the next paste event to the overlay being painted. */
    paintAfterNextPaste(timeoutMs: number): Promise<number>;
    pendingPaint?: Promise<number>;
  }
}

/**
 * Defines `window.paintAfterNextPaste` on the chat page. The paste's own time stamp
 * starts the clock, so the measure is the same for a paste the test dispatches and
 * one the browser makes (a middle click).
 */
function installPaintWatch(page: Page): Promise<void> {
  return page.evaluate(() => {
    window.paintAfterNextPaste = (timeoutMs) =>
      new Promise<number>((resolve, reject) => {
        let start = 0;
        window.addEventListener('paste', (event) => void (start = event.timeStamp), { capture: true, once: true });
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
        setTimeout(() => reject(new Error(`no overlay within ${timeoutMs} ms`)), timeoutMs);
      });
  });
}

/** Milliseconds from dispatching a paste of `text` to the overlay being painted. */
function pasteToPaint(page: Page, text: string, focusFirstMs: number | null): Promise<number> {
  return page.evaluate(
    ({ text, focusFirstMs }) => {
      const field = document.getElementById('input') as HTMLTextAreaElement;
      field.value = '';
      const painted = window.paintAfterNextPaste(5_000 + (focusFirstMs ?? 0));
      const paste = () => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      };
      if (focusFirstMs === null) {
        paste();
      } else {
        field.blur();
        field.focus();
        setTimeout(paste, focusFirstMs);
      }
      return painted;
    },
    { text, focusFirstMs },
  );
}

/**
 * The collector's message `text` arrives and is selected with a triple click, which on
 * Linux makes it the text a middle click pastes; then the chat box is clicked, as
 * someone about to answer does.
 */
async function selectFromLog(chat: ChatPage, text: string): Promise<void> {
  const message = await chat.collectorWrites(text);
  await message.click({ clickCount: 3 });
  await chat.field.click();
}

/** Milliseconds from a real middle-click paste to the overlay being painted; the button is held `holdMs` first. */
async function middleClickToPaint(page: Page, holdMs: number): Promise<number> {
  await page.evaluate(() => {
    (document.getElementById('input') as HTMLTextAreaElement).value = '';
    window.pendingPaint = window.paintAfterNextPaste(5_000);
  });
  const box = (await page.locator('#input').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down({ button: 'middle' });
  await page.waitForTimeout(holdMs);
  // Chromium pastes the selection as the button comes back up.
  await page.mouse.up({ button: 'middle' });
  return page.evaluate(() => window.pendingPaint!);
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

test('paste → overlay painted (budget p95 ≤ 50 ms)', async ({ context, fixtures, extensionId, injectContentScript }) => {
  // The series wait out the content script's wake interval before each round.
  test.setTimeout(900_000);
  const chat = await ChatPage.openWithCalmLine(context, fixtures.origin, CHATS.textarea, injectContentScript);
  const page = chat.page;
  await installPaintWatch(page);

  const warm: number[] = [];
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const ms = await pasteToPaint(page, MESSAGES[round % MESSAGES.length]!, null);
    if (round >= WARMUP) warm.push(ms);
    await closeOverlay(page);
  }
  report('background awake', warm);

  const background = await watchBackground(context, page, extensionId);
  /** One series: what the person did while the background was still awake (`before`), and the paste timed after it is stopped. */
  interface Series {
    title: string;
    before?: (text: string) => Promise<void>;
    paste: (text: string) => Promise<number>;
  }
  const series: Series[] = [
    { title: 'background asleep, chat box clicked 500 ms before the paste', paste: (text) => pasteToPaint(page, text, 500) },
    {
      title: 'background asleep, message copied from the chat log 1 s before the paste',
      paste: async (text) => {
        await page.evaluate(() => {
          const log = document.getElementById('log')!;
          getSelection()!.selectAllChildren(log.lastElementChild ?? log);
        });
        await page.keyboard.press('Control+c');
        await page.waitForTimeout(1_000);
        return pasteToPaint(page, text, null);
      },
    },
    {
      title: 'background asleep, chat box focused, Ctrl down 100 ms before the paste',
      paste: async (text) => {
        await page.keyboard.down('Control');
        await page.waitForTimeout(100);
        const ms = await pasteToPaint(page, text, null);
        await page.keyboard.up('Control');
        return ms;
      },
    },
    { title: 'background asleep, paste with no focus first (worst case)', paste: (text) => pasteToPaint(page, text, null) },
    {
      // The message was selected and the chat box clicked before the background stopped.
      title: 'background asleep, chat box focused, middle-click paste (button held 100 ms)',
      before: (text) => selectFromLog(chat, text),
      paste: () => middleClickToPaint(page, 100),
    },
  ];
  for (const { title, before, paste } of series) {
    const cold: number[] = [];
    for (let n = 0; n < COLD_ROUNDS; n++) {
      const text = MESSAGES[n % MESSAGES.length]!;
      await before?.(text);
      // The content script sends one wake every few seconds at most (the browser keeps an
      // awakened background for 30 s); the rounds here stop it far sooner than that. The
      // wait also lets a background woken by \`before\` finish, as it would long before the
      // browser stopped it: stopped in mid-start, its next start is slower.
      await page.waitForTimeout(WAKE_INTERVAL_MS);
      // The chat box keeps focus from before the background stops, as it does while someone chats.
      await page.focus('#input');
      await background.stop();
      cold.push(await paste(text));
      await closeOverlay(page);
    }
    report(title, cold);
  }
});
