import { formatAmount } from './money-format';
import type { ReplyContext } from './index';
import { PLACEHOLDERS, type Placeholder } from './template';
import { formatMoment } from './time-format';

export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/**
 * The values the message gives for each placeholder. The largest sum stands for the debt
 * (a total beats its parts); the first deadline, agent and case number are the ones named.
 */
export function placeholderValues(ctx: ReplyContext): PlaceholderValues {
  const values: PlaceholderValues = {};
  const largest = ctx.amounts.reduce<ReplyContext['amounts'][number] | undefined>(
    (best, amount) => (!best || amount.value > best.value ? amount : best),
    undefined,
  );
  if (largest) values.amount = formatAmount(largest, ctx.lang);
  const timed = ctx.deadlines.find((deadline) => deadline.at);
  const moment = timed?.at ? formatMoment(timed.at, ctx.lang) : null;
  if (moment) values.deadline = moment;
  const agent = ctx.contacts.find((contact) => contact.kind === 'agent');
  if (agent) values.agent = agent.text;
  const reference = ctx.contacts.find((contact) => contact.kind === 'case_number');
  if (reference) values.case = reference.value;
  return values;
}

const PLACEHOLDER = new RegExp(`\\{(${PLACEHOLDERS.join('|')})\\}`, 'g');

/** The placeholders a template text needs. */
export function placeholdersIn(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] as Placeholder);
}

// Templates are fixed texts, read for every message: each one's placeholders are found once.
const NEEDED = new Map<string, Placeholder[]>();

/** The text with every placeholder filled, or null when one of them is unknown. */
export function fill(text: string, values: PlaceholderValues): string | null {
  let needed = NEEDED.get(text);
  if (!needed) NEEDED.set(text, (needed = placeholdersIn(text)));
  if (needed.length === 0) return text;
  if (needed.some((name) => values[name] === undefined)) return null;
  return text.replace(PLACEHOLDER, (_match, name: Placeholder) => values[name]!);
}
