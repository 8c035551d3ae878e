/**
 * Reads the notes against one jurisdiction's rules and lists the findings, per
 * institution: contacts outside permitted hours, too many calls, third-party
 * contacts, threats and abuse, broken promises.
 */
import type { Note } from '../notes/note';
import { CONTACT_LIMITS } from '../rights/contact-limits';
import type { Jurisdiction } from '../rights/jurisdiction';
import { checkConduct, checkThirdParty } from './checks/conduct';
import { checkCallAfterConversation, checkCallsPerDay, checkCallsPerWeek } from './checks/frequency';
import { checkHours } from './checks/hours';
import { checkPromises } from './checks/promises';
import type { Check, Finding } from './finding';
import { groupByInstitution } from './institutions';
import type { LocalClock } from './local-clock';

const CHECKS: readonly Check[] = [
  checkHours,
  checkCallsPerDay,
  checkCallsPerWeek,
  checkCallAfterConversation,
  checkThirdParty,
  checkConduct,
  checkPromises,
];

export interface PatternOptions {
  jurisdiction: Jurisdiction;
  clock: LocalClock;
  now: number;
}

/** Every finding in the notes (deleted notes left out), grouped by institution in the order the groups come. */
export function findPatterns(notes: readonly Note[], { jurisdiction, clock, now }: PatternOptions): Finding[] {
  const context = { limits: CONTACT_LIMITS[jurisdiction], clock, now };
  const live = notes.filter((n) => n.deletedAt === null);
  return groupByInstitution(live).flatMap((group) => CHECKS.flatMap((check) => check(group, context)));
}
