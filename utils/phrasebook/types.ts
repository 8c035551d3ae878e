/**
 * The shape of the phrasebook: situations a person may be in during a contact
 * with a collector, each with a line of guidance and ready phrases. Every text is
 * written in all three languages, side by side, so a translator sees them together.
 */
import type { Locale } from '../i18n/locale';
import type { Localized } from './localized';

export type { Localized };

export const SITUATION_IDS = [
  'before-call',
  'aggressive',
  'more-time',
  'payment-plan',
  'reduce-fees',
  'family-employer',
  'legal-threat',
  'scam',
  'supervisor',
  'ending',
  'after-call',
] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

export interface Situation {
  id: SituationId;
  title: Localized;
  /** A few words for the situation picker, where space is tight. */
  short: Localized;
  /** One calm line on how to handle the moment. */
  guidance: Localized;
  /** Things to do or note, for the situations that are about preparing or recording. */
  checklist?: readonly Localized[];
  /** Whether the one-minute breathing exercise belongs here. */
  breathing?: boolean;
  /**
   * Ready phrases, 3 to 6. The three languages of one phrase say the same thing,
   * each as a person would naturally say it, so one can stand as the other's gloss.
   * Square brackets mark what the person fills in.
   */
  phrases: readonly Localized[];
  /** Extra words people may search for that the texts above do not contain. */
  keywords?: Readonly<Record<Locale, readonly string[]>>;
}
