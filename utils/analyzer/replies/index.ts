import type { Amount, Contact, Deadline, Label, Lang, Suggestion } from '../types';
import { chooseTemplate } from './choose-template';
import { placeholderValues } from './placeholders';
import { choosePurposes } from './purposes';

/** What the reply chooser needs to know about a message. */
export interface ReplyContext {
  lang: Lang;
  isCollection: boolean;
  labels: Label[];
  amounts: Amount[];
  deadlines: Deadline[];
  contacts: Contact[];
}

/**
 * Two to five calm replies for the message's signals, in its language, with amounts, dates,
 * names and references filled in from the message; none for a message that is not about a
 * debt and carries no danger sign.
 */
export function suggestReplies(ctx: ReplyContext): Suggestion[] {
  const values = placeholderValues(ctx);
  const suggestions: Suggestion[] = [];
  for (const purpose of choosePurposes(ctx.labels, ctx.isCollection)) {
    const suggestion = chooseTemplate(purpose, ctx.labels, values, ctx.lang);
    if (suggestion) suggestions.push(suggestion);
  }
  return suggestions;
}
