/**
 * A stand-in for a React-controlled input: like React, it overrides `value` on the
 * element to remember the last value it set, ignores input events that do not
 * change the value against that memory, and re-renders the value from its state.
 */
export interface ControlledInput {
  element: HTMLInputElement | HTMLTextAreaElement;
  state: () => string;
  /** What the browser does when the person types or pastes: a native change, then `input`. */
  type: (value: string) => void;
}

export function controlledInput(element: HTMLInputElement | HTMLTextAreaElement): ControlledInput {
  const proto = Object.getPrototypeOf(element) as object;
  const native = Object.getOwnPropertyDescriptor(proto, 'value')!;
  let tracked = native.get!.call(element) as string;
  let state = tracked;
  Object.defineProperty(element, 'value', {
    configurable: true,
    get: () => native.get!.call(element),
    set: (v: string) => {
      tracked = v;
      native.set!.call(element, v);
    },
  });
  const rerender = () => {
    element.value = state;
  };
  element.addEventListener('input', () => {
    const now = native.get!.call(element) as string;
    if (now !== tracked) {
      tracked = now;
      state = now;
    }
    rerender();
  });
  const type = (value: string) => {
    native.set!.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return { element, state: () => state, type };
}
