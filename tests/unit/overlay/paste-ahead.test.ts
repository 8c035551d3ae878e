import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WAKE_INTERVAL_MS, wakeBeforePaste } from '../../../entrypoints/content/paste-ahead';

let ctx: ContentScriptContext;
let clock: number;
let messages: unknown[];

/** An event as the browser sends it for something the person did (pages can only dispatch untrusted ones). */
function byPerson<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const ctrlDown = (init: KeyboardEventInit = {}) =>
  byPerson(new KeyboardEvent('keydown', { key: 'Control', ctrlKey: true, bubbles: true, composed: true, ...init }));
const copy = () => byPerson(new Event('copy', { bubbles: true, composed: true }));
const contextMenu = () => byPerson(new MouseEvent('contextmenu', { bubbles: true, composed: true }));
/** Mouse button `button` going down: 0 the main button, 1 the middle one (the wheel), 2 the secondary one. */
const buttonDown = (button: number) => byPerson(new MouseEvent('mousedown', { button, bubbles: true, composed: true }));
const wakes = () => messages.filter((m) => (m as { type: string }).type === 'prepareAnalyzer').length;
/** Lets the fake runtime deliver what was sent. */
const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  document.body.innerHTML = '<p id="log">Final notice: pay today.</p><textarea id="t"></textarea><button id="b">Send</button>';
  ctx = new ContentScriptContext('content');
  clock = 1_000_000;
  messages = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => void messages.push(message));
  wakeBeforePaste(ctx, () => clock);
});
afterEach(() => {
  ctx.abort();
  fakeBrowser.reset();
});

const el = (id: string) => document.getElementById(id)!;

describe('wakeBeforePaste', () => {
  it('wakes the background when Ctrl or ⌘ goes down in a typing field, carrying nothing from the page', async () => {
    el('t').dispatchEvent(ctrlDown());
    await settle();
    expect(messages).toEqual([{ channel: 'calmline', to: 'background', type: 'prepareAnalyzer', data: {} }]);
    clock += WAKE_INTERVAL_MS;
    el('t').dispatchEvent(byPerson(new KeyboardEvent('keydown', { key: 'Meta', metaKey: true, bubbles: true })));
    await settle();
    expect(wakes()).toBe(2);
  });

  it('does not wake for other keys, for a held key repeating, or for Ctrl outside a typing field', async () => {
    el('t').dispatchEvent(byPerson(new KeyboardEvent('keydown', { key: 'v', bubbles: true })));
    el('t').dispatchEvent(ctrlDown({ repeat: true }));
    el('b').dispatchEvent(ctrlDown());
    el('log').dispatchEvent(ctrlDown());
    await settle();
    expect(wakes()).toBe(0);
  });

  it('wakes on a copy or the context menu anywhere on the page', async () => {
    el('log').dispatchEvent(copy());
    await settle();
    expect(wakes()).toBe(1);
    clock += WAKE_INTERVAL_MS;
    el('log').dispatchEvent(contextMenu());
    await settle();
    expect(wakes()).toBe(2);
  });

  it('wakes when the middle button goes down on a typing field, where Linux pastes the last selection', async () => {
    el('t').dispatchEvent(buttonDown(1));
    await settle();
    expect(messages).toEqual([{ channel: 'calmline', to: 'background', type: 'prepareAnalyzer', data: {} }]);
  });

  it('does not wake for the other buttons on a typing field, or for the middle button elsewhere', async () => {
    el('t').dispatchEvent(buttonDown(0));
    el('t').dispatchEvent(buttonDown(2));
    el('log').dispatchEvent(buttonDown(1));
    el('b').dispatchEvent(buttonDown(1));
    await settle();
    expect(wakes()).toBe(0);
  });

  it('sends one wake per interval, however many signs come', async () => {
    el('log').dispatchEvent(copy());
    el('t').dispatchEvent(ctrlDown());
    clock += WAKE_INTERVAL_MS - 1;
    el('log').dispatchEvent(contextMenu());
    await settle();
    expect(wakes()).toBe(1);
    clock += 1;
    el('t').dispatchEvent(ctrlDown());
    await settle();
    expect(wakes()).toBe(2);
  });

  it("ignores events the page's own scripts dispatch, so a page cannot keep the background running", async () => {
    el('t').dispatchEvent(new KeyboardEvent('keydown', { key: 'Control', ctrlKey: true, bubbles: true }));
    el('log').dispatchEvent(new Event('copy', { bubbles: true }));
    el('log').dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
    el('t').dispatchEvent(new MouseEvent('mousedown', { button: 1, bubbles: true }));
    await settle();
    expect(wakes()).toBe(0);
  });

  it('stops when the script is invalidated', async () => {
    ctx.abort();
    el('t').dispatchEvent(ctrlDown());
    el('t').dispatchEvent(buttonDown(1));
    el('log').dispatchEvent(copy());
    await settle();
    expect(wakes()).toBe(0);
  });
});
