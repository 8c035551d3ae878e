import { foldedOnce } from './folded';
import type { Contact } from '../types';
import { findAgents } from './agents';
import { findPhones } from './phones';
import { findReferences } from './references';
import { readSpacedOut } from './spaced-out';

/** Phone numbers, case or contract numbers and agent names or IDs the text gives, in reading order. */
export function findContacts(text: string): Contact[] {
  return readSpacedOut(text, contactsIn);
}

function contactsIn(text: string): Contact[] {
  const folded = foldedOnce(text);
  const found = [...findPhones(folded, text), ...findReferences(folded, text), ...findAgents(folded, text)];
  found.sort((a, b) => a.spans[0]!.start - b.spans[0]!.start || b.spans[0]!.end - a.spans[0]!.end);
  // One stretch of text is one detail: 联系人：赵律师 is read by two rules but names one agent.
  const kept: Contact[] = [];
  for (const contact of found) {
    const last = kept[kept.length - 1];
    if (last && contact.spans[0]!.start < last.spans[0]!.end) continue;
    kept.push(contact);
  }
  return kept;
}
