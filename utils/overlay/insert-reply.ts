/** Puts a chosen reply where the pasted message was, whatever kind of field it is. */
import { insertIntoContentEditable } from './insert-contenteditable';
import { insertIntoTextControl } from './insert-text-control';
import type { PasteRecord } from './paste-record';

/** Replaces the pasted message with `reply` in its field; false when the field has left the page. */
export function insertReply(paste: PasteRecord, reply: string): boolean {
  const { field } = paste;
  return field.kind === 'text-control'
    ? insertIntoTextControl(field.element, paste.text, paste.before, reply)
    : insertIntoContentEditable(field.element, paste.text, reply);
}
