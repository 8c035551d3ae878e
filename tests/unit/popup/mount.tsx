/** Renders popup components into happy-dom inside the popup's frame, and lets effects settle. */
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupFrame } from '../../../components/popup/PopupFrame';

/** Runs pending effects, storage reads and dynamic imports. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** Mounts `ui` in the popup's frame; the settings mirror starts empty unless `keepMirror`. */
export async function mount(ui: ComponentChildren, languages: readonly string[] = ['en-US'], keepMirror = false) {
  if (!keepMirror) localStorage.clear();
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => {
    render(
      <PopupFrame languages={languages} mirror={localStorage}>
        {ui}
      </PopupFrame>,
      container,
    );
  });
  await settle();
  return {
    container,
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}

/** Types into an input or textarea as a person would. */
export async function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  await act(() => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

/** Picks an option of a select. */
export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

export async function click(element: Element): Promise<void> {
  await act(() => {
    (element as HTMLElement).click();
  });
  await settle();
}

export async function press(element: Element, key: string): Promise<void> {
  await act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
  await settle();
}

/** Settles until `check` passes, for work that takes a while, like loading a lazy tab. */
export async function until(check: () => void, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await settle(1);
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}
