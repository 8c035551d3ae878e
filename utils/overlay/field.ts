/** Which element a paste went into, when it is a place a person types a chat message. */

/** A text box the overlay can insert a reply into. */
export type EditableField =
  | { kind: 'text-control'; element: HTMLTextAreaElement | HTMLInputElement }
  | { kind: 'contenteditable'; element: HTMLElement };

/** Input types that hold free text. Passwords are never read. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', '']);

const isElement = (node: unknown): node is HTMLElement =>
  typeof node === 'object' && node !== null && (node as Node).nodeType === 1;

/** The outermost contenteditable ancestor: the editor itself, not a paragraph inside it. */
function editingHost(element: HTMLElement): HTMLElement {
  let host = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** The editable field an element belongs to, or null when it is not one a person types into. */
export function editableFieldOf(node: unknown): EditableField | null {
  if (!isElement(node)) return null;
  const tag = node.localName;
  if (tag === 'textarea' || tag === 'input') {
    const control = node as HTMLTextAreaElement | HTMLInputElement;
    if (control.disabled || control.readOnly) return null;
    if (tag === 'input' && !TEXT_INPUT_TYPES.has((control as HTMLInputElement).type)) return null;
    return { kind: 'text-control', element: control };
  }
  if (node.isContentEditable) return { kind: 'contenteditable', element: editingHost(node) };
  return null;
}

/**
 * The field an event happened in. The composed path sees into open shadow roots,
 * where many chat widgets keep their input; text nodes count as their parent.
 */
export function editableFieldOfEvent(event: Event): EditableField | null {
  for (const node of event.composedPath()) {
    if ((node as Node).nodeType === 3) continue;
    const field = editableFieldOf(node);
    if (field) return field;
    if (isElement(node)) return null;
  }
  return null;
}
