/** Renders a component inside the app frame (English), and cleans up after each test. */
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppFrame } from '../../../components/app/AppFrame';
import { getDatabase } from '../../../utils/db/instance';

let container: HTMLElement | null = null;

beforeEach(async () => {
  await getDatabase().notes.clear();
  await getDatabase().meta.clear();
  // WXT's fake browser leaves permissions unimplemented; the settings menu lists the
  // sites where help is on from them. Here, none.
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] });
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(event, 'removeListener').mockImplementation(() => undefined);
  }
});

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

export function show(ui: ComponentChildren): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(<AppFrame languages={['en-US']}>{ui}</AppFrame>, container);
  return container;
}

/** Sets an input's value the way typing does, so Preact's onInput sees it. */
export function type(element: Element | null, value: string): void {
  const input = element as HTMLInputElement | HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export function click(element: Element | null): void {
  (element as HTMLElement).click();
}

/** The first button whose text is `text`. */
export function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}
