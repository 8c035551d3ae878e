/**
 * Puts a reply into a contenteditable editor in place of the pasted message.
 * It selects the message and asks the browser to type over it
 * (`execCommand('insertText')`), which editors see as ordinary typing
 * (beforeinput, input, undo history). Where that is unavailable it edits the
 * range itself and sends the `input` event the editor would have had.
 */
import { compactOffsetOf, findInMap, mapText, rangeOf } from './text-map';

/** The caret's place in the editor in compact characters, or null when the selection is elsewhere. */
function caretIn(editor: HTMLElement, selection: Selection | null): number | null {
  const node = selection?.focusNode;
  if (!selection || !node || !editor.contains(node)) return null;
  return compactOffsetOf(editor, node, selection.focusOffset);
}

/** Where the reply goes: over the pasted message, else at the caret, else at the end. */
function targetRange(editor: HTMLElement, pasted: string, selection: Selection | null): Range {
  const doc = editor.ownerDocument;
  const map = mapText(editor);
  const match = findInMap(map, pasted, caretIn(editor, selection));
  if (match) return rangeOf(map, match, doc);
  if (selection?.rangeCount && editor.contains(selection.getRangeAt(0).commonAncestorContainer)) {
    return selection.getRangeAt(0).cloneRange();
  }
  const range = doc.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  return range;
}

function typeWithBrowser(doc: Document, text: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** Replaces the pasted message in `editor` with `reply`. Returns false when the editor is gone. */
export function insertIntoContentEditable(editor: HTMLElement, pasted: string, reply: string): boolean {
  const doc = editor.ownerDocument;
  const view = doc.defaultView;
  if (!view || !editor.isConnected) return false;
  const selection = doc.getSelection();
  const range = targetRange(editor, pasted, selection);
  editor.focus({ preventScroll: true });
  selection?.removeAllRanges();
  selection?.addRange(range);
  if (typeWithBrowser(doc, reply)) return true;

  range.deleteContents();
  const node = doc.createTextNode(reply);
  range.insertNode(node);
  range.setStartAfter(node);
  range.collapse(true);
  selection?.removeAllRanges();
  selection?.addRange(range);
  editor.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: reply }));
  return true;
}
