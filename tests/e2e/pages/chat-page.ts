/**
 * A fixture chat page as a person uses it: paste into the chat box, look at the
 * CalmLine overlay, press its buttons. Works for a chat widget inside an iframe too.
 */
import type { BrowserContext, Frame, Locator, Page } from '@playwright/test';

export type FieldKind = 'value' | 'text';

export interface ChatFixture {
  /** The page to open, under tests/fixtures/pages. */
  path: string;
  /** The chat box. */
  field: string;
  /** How the chat box holds its text: form controls have a value, editors have text. */
  kind: FieldKind;
  /** A frame the chat lives in, by the iframe's selector. */
  frame?: string;
}

export const CHATS = {
  textarea: { path: 'chat-textarea.html', field: '#input', kind: 'value' },
  react: { path: 'chat-react.html', field: '#input', kind: 'value' },
  contenteditable: { path: 'chat-contenteditable.html', field: '#editor', kind: 'text' },
  iframe: { path: 'chat-iframe.html', field: '#input', kind: 'value', frame: '#widget' },
  /** A widget the page's script writes into a frame with no address of its own (about:blank). */
  scriptedFrame: { path: 'chat-scripted-widget.html', field: '#input', kind: 'value', frame: '#widget' },
} satisfies Record<string, ChatFixture>;

export class ChatPage {
  private constructor(
    readonly page: Page,
    /** The document that holds the chat box (the widget's frame, or the page). */
    readonly chat: Frame,
    readonly fixture: ChatFixture,
  ) {}

  static async open(context: BrowserContext, origin: string, fixture: ChatFixture): Promise<ChatPage> {
    const page = await context.newPage();
    // Reading and writing the clipboard lets tests paste with a real Ctrl+V.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(`${origin}/${fixture.path}`);
    let chat = page.mainFrame();
    if (fixture.frame) {
      const handle = await page.locator(fixture.frame).elementHandle();
      const frame = await handle?.contentFrame();
      if (!frame) throw new Error(`No frame at ${fixture.frame}`);
      await frame.waitForLoadState();
      chat = frame;
    }
    return new ChatPage(page, chat, fixture);
  }

  /** Opens the chat page and puts CalmLine's content script on it, as a click on the toolbar button does. */
  static async openWithCalmLine(
    context: BrowserContext,
    origin: string,
    fixture: ChatFixture,
    inject: (page: Page) => Promise<void>,
  ): Promise<ChatPage> {
    const chat = await ChatPage.open(context, origin, fixture);
    await inject(chat.page);
    // The script is ready once its paste listener is in place; a trial paste would show nothing.
    await chat.page.waitForTimeout(100);
    return chat;
  }

  get field(): Locator {
    return this.chat.locator(this.fixture.field);
  }

  /** The overlay's host; Playwright's CSS locators see into its open shadow root. */
  get overlay(): Locator {
    return this.chat.locator('calmline-overlay');
  }

  get card(): Locator {
    return this.overlay.locator('.card');
  }

  /** The signal labels highlighted in the overlay, each once, sorted. */
  async signals(): Promise<string[]> {
    const labels = await this.overlay.locator('[data-signal]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-signal')!));
    return [...new Set(labels)].sort();
  }

  async purposes(): Promise<string[]> {
    return this.overlay.locator('[data-suggestion]').evaluateAll((items) => items.map((i) => i.getAttribute('data-suggestion')!));
  }

  suggestion(purpose: string): Locator {
    return this.overlay.locator(`[data-suggestion="${purpose}"]`);
  }

  /** One of a reply's buttons, or the dismiss button when no purpose is given. */
  action(action: 'insert' | 'copy' | 'save-note' | 'dismiss', purpose?: string): Locator {
    const scope = purpose ? this.suggestion(purpose) : this.overlay;
    return scope.locator(`[data-action="${action}"]`).first();
  }

  /** The first reply's purpose and text. */
  async firstReply(): Promise<{ purpose: string; text: string }> {
    const item = this.overlay.locator('[data-suggestion]').first();
    return {
      purpose: (await item.getAttribute('data-suggestion'))!,
      text: (await item.locator('[data-reply-text]').textContent())!,
    };
  }

  /** A message from the collector appears at the end of the chat log; its line in the log. */
  async collectorWrites(text: string): Promise<Locator> {
    await this.chat.evaluate((t) => {
      const message = document.createElement('div');
      message.className = 'msg';
      message.dataset.from = 'collector';
      message.textContent = t;
      document.getElementById('log')!.append(message);
    }, text);
    return this.chat.locator('#log .msg[data-from="collector"]').last();
  }

  /** Puts `text` on the clipboard and presses Ctrl+V in the chat box, as a person would. */
  async pasteWithKeyboard(text: string): Promise<void> {
    await this.page.bringToFront();
    await this.field.click();
    await this.chat.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.keyboard.press('Control+V');
  }

  /** Dispatches a paste event carrying `text` at the chat box, the way scripts and tests can. */
  async dispatchPaste(text: string): Promise<void> {
    await this.field.focus();
    await this.field.evaluate((field, t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
    }, text);
  }

  /** What the chat box holds now. */
  async fieldText(): Promise<string> {
    return this.fixture.kind === 'value' ? this.field.inputValue() : ((await this.field.textContent()) ?? '');
  }

  /** A global the page itself keeps (window.pasteEvents…), called first if it is a function. */
  async pageGlobal<T>(name: string): Promise<T> {
    return this.chat.evaluate((n) => {
      const value = (window as unknown as Record<string, unknown>)[n];
      return (typeof value === 'function' ? value() : value) as T;
    }, name);
  }
}
