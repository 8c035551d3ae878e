import type { Amount, Contact, Deadline, Label, Lang, Suggestion } from '../types';

/** What the reply chooser needs to know about a message. */
export interface ReplyContext {
  lang: Lang;
  isCollection: boolean;
  labels: Label[];
  amounts: Amount[];
  deadlines: Deadline[];
  contacts: Contact[];
}

/** Two to five calm replies for the message's signals, in its language; empty or neutral when it is not about a debt. */
export function suggestReplies(_ctx: ReplyContext): Suggestion[] {
  return [];
}
