import type { Contact } from '../types';

/** Phone numbers, case or contract numbers and agent names or IDs the text gives. */
export function findContacts(_text: string): Contact[] {
  return [];
}
