/**
 * What a paste brought in and where, read synchronously during the paste event —
 * before the page applies it — so a reply can later replace exactly that text.
 */
import { editableFieldOfEvent, type EditableField } from './field';

/** Pastes longer than this are documents, not chat messages; they are left alone. */
export const MAX_PASTE_CHARS = 20_000;

/** A text control's contents just before the paste landed. */
export interface BeforePaste {
  value: string;
  start: number;
  end: number;
}

export interface PasteRecord {
  field: EditableField;
  text: string;
  /** Only for text controls: the value and selection the paste replaced. */
  before: BeforePaste | null;
}

/** Reads a paste event without changing it; null when it is not text pasted into a typing field. */
export function recordPaste(event: ClipboardEvent): PasteRecord | null {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (!text.trim() || text.length > MAX_PASTE_CHARS) return null;
  const field = editableFieldOfEvent(event);
  if (!field) return null;
  if (field.kind === 'contenteditable') return { field, text, before: null };
  const { value, selectionStart, selectionEnd } = field.element;
  const start = selectionStart ?? value.length;
  return { field, text, before: { value, start, end: selectionEnd ?? start } };
}
