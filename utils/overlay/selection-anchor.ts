/** Where the text a person selected sits on the page, for placing the overlay beside it. */
import type { Rect } from './position';

const isTextControl = (el: Element | null): el is HTMLTextAreaElement | HTMLInputElement =>
  !!el && (el.localName === 'textarea' || el.localName === 'input');

/**
 * A live anchor for the current selection: the selected range, or the text box
 * the selection is in (a range inside a text box has no box of its own).
 * It follows the page as it scrolls; null once the selection's place is gone.
 */
export function selectionAnchor(doc: Document): () => Rect | null {
  const active = doc.activeElement;
  if (isTextControl(active)) return () => (active.isConnected ? active.getBoundingClientRect() : null);
  const selection = doc.getSelection();
  if (!selection?.rangeCount || selection.isCollapsed) return () => null;
  const range = selection.getRangeAt(0).cloneRange();
  return () => {
    const rect = range.getBoundingClientRect();
    return rect.width || rect.height ? rect : null;
  };
}
