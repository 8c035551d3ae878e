/**
 * Puts a reply into a textarea or input in place of the pasted message, the way a
 * person typing would look to the page: the value changes through the element's
 * own (native) setter and an `input` event follows, so React and other frameworks
 * that track the value update their state too.
 */
import type { BeforePaste } from './paste-record';

export interface Region {
  start: number;
  end: number;
}

/**
 * Where the pasted text sits in the control's value now: between what was before
 * and after the selection it replaced; failing that (the person edited since),
 * the last place the pasted text appears as the control stored it. Null if gone.
 */
export function pastedRegion(value: string, pasted: string, before: BeforePaste | null): Region | null {
  if (before) {
    const prefix = before.value.slice(0, before.start);
    const suffix = before.value.slice(before.end);
    if (value.length >= prefix.length + suffix.length && value.startsWith(prefix) && value.endsWith(suffix)) {
      return { start: prefix.length, end: value.length - suffix.length };
    }
  }
  // Textareas store line breaks as \n; single-line inputs drop them.
  const variants = [pasted, pasted.replace(/\r\n?/g, '\n'), pasted.replace(/[\r\n]+/g, '')];
  for (const variant of variants) {
    const at = variant ? value.lastIndexOf(variant) : -1;
    if (at >= 0) return { start: at, end: at + variant.length };
  }
  return null;
}

/** Sets a control's value through the prototype's setter, past any per-instance override a framework added. */
function setNativeValue(view: Window & typeof globalThis, element: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const proto = element.localName === 'textarea' ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(element, value);
  else element.value = value;
}

/** Moves the caret; some input types (email) have no caret to move. */
function placeCaret(element: HTMLTextAreaElement | HTMLInputElement, at: number): void {
  try {
    element.setSelectionRange(at, at);
  } catch {
    // The value is in place; only the caret stays where the browser put it.
  }
}

/**
 * Replaces the pasted message with `reply` (or inserts it at the caret when the
 * message is no longer there), leaves the caret after it, and tells the page.
 * Returns false when the control is no longer on the page.
 */
export function insertIntoTextControl(
  element: HTMLTextAreaElement | HTMLInputElement,
  pasted: string,
  before: BeforePaste | null,
  reply: string,
): boolean {
  const view = element.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view || !element.isConnected) return false;
  const value = element.value;
  const caret = element.selectionStart ?? value.length;
  const region = pastedRegion(value, pasted, before) ?? { start: caret, end: element.selectionEnd ?? caret };
  element.focus({ preventScroll: true });
  setNativeValue(view, element, value.slice(0, region.start) + reply + value.slice(region.end));
  placeCaret(element, region.start + reply.length);
  element.dispatchEvent(
    new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: reply }),
  );
  return true;
}
