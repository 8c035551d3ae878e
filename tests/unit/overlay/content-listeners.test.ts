import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForPastes } from '../../../entrypoints/content/paste-listener';
import { reportFieldFocus } from '../../../entrypoints/content/field-focus';

let ctx: ContentScriptContext;

function paste(target: Element, text: string): ClipboardEvent {
  const event = new Event('paste', { bubbles: true, cancelable: true, composed: true }) as ClipboardEvent;
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
  target.dispatchEvent(event);
  return event;
}

beforeEach(() => {
  document.body.innerHTML = '<textarea id="t"></textarea><button id="b">Send</button>';
  ctx = new ContentScriptContext('content');
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

describe('listenForPastes', () => {
  it('looks at a paste only after the page has handled it, and changes nothing about the event', () => {
    vi.useFakeTimers();
    const onPaste = vi.fn();
    listenForPastes(ctx, onPaste);
    const area = document.getElementById('t')!;
    let pageSawIt = false;
    area.addEventListener('paste', () => (pageSawIt = true));
    const event = paste(area, 'Final notice: pay today.');
    expect(pageSawIt).toBe(true);
    expect(event.defaultPrevented).toBe(false);
    expect(onPaste).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(onPaste).toHaveBeenCalledWith(expect.objectContaining({ text: 'Final notice: pay today.' }));
  });

  it('stops listening when the script is invalidated (an extension update leaves no orphans)', () => {
    vi.useFakeTimers();
    const onPaste = vi.fn();
    listenForPastes(ctx, onPaste);
    ctx.abort();
    paste(document.getElementById('t')!, 'Final notice: pay today.');
    vi.runAllTimers();
    expect(onPaste).not.toHaveBeenCalled();
  });
});

describe('reportFieldFocus', () => {
  it('tells the background when focus enters a typing field, and only then', async () => {
    const messages: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => void messages.push(message));
    reportFieldFocus(ctx);
    document.getElementById('b')!.focus();
    document.getElementById('t')!.focus();
    await vi.waitFor(() => expect(messages).toHaveLength(1));
    expect(messages[0]).toEqual({ channel: 'calmline', to: 'background', type: 'fieldFocused', data: {} });
    ctx.abort();
    document.getElementById('b')!.focus();
    document.getElementById('t')!.focus();
    await new Promise((done) => setTimeout(done, 10));
    expect(messages).toHaveLength(1);
  });
});
