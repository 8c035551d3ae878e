/**
 * The shape of the "know your rights" data: rules about debt collection, per
 * place, each with its source and how sure CalmLine is of it.
 */
import type { Localized } from '../phrasebook/localized';
import type { Jurisdiction } from './jurisdiction';

/**
 * V — read in the rule's own text or a faithful copy; V2 — from a secondary report;
 * U — uncertain: its text must say it is reported, not confirmed.
 */
export type Certainty = 'V' | 'V2' | 'U';

/** What a rule is about, in the order a card shows them. */
export const RIGHTS_TOPICS = ['hours', 'frequency', 'third-parties', 'conduct', 'requests', 'complain'] as const;
export type RightsTopic = (typeof RIGHTS_TOPICS)[number];

/** Topics every card shows, saying so plainly when the rules hold nothing on them. */
export const CORE_TOPICS: readonly RightsTopic[] = ['hours', 'frequency', 'third-parties', 'conduct', 'complain'];

export interface RightsRule {
  topic: RightsTopic;
  text: Localized;
  /** Where the rule comes from: the instrument and section, or the body that runs a complaint line. */
  source: Localized;
  certainty: Certainty;
}

export interface JurisdictionRights {
  jurisdiction: Jurisdiction;
  name: Localized;
  rules: readonly RightsRule[];
}
