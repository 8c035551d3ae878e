import type { Label, Lang, Purpose } from '../types';

/** The values a reply can quote from the message: `{amount}`, `{deadline}`, `{agent}`, `{case}`. */
export const PLACEHOLDERS = ['amount', 'deadline', 'agent', 'case'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** One reply, written by hand in each language, with a stable id. */
export interface ReplyTemplate {
  id: string;
  purpose: Purpose;
  /** Labels this wording was written for; it is preferred when one of them is present. */
  for?: Label[];
  text: Record<Lang, string>;
}
