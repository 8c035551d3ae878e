/**
 * A finding: something in the person's notes that a rule speaks to, with the rule,
 * its source and certainty, and the notes behind it. Findings describe what the
 * notes record; they are not legal conclusions.
 */
import type { Label } from '../analyzer/types';
import type { Note } from '../notes/note';
import type { ContactLimits, Rule } from '../rights/contact-limits';
import type { InstitutionGroup } from './institutions';
import type { LocalClock } from './local-clock';

export const FINDING_KINDS = [
  'outside_hours',
  'calls_per_day',
  'calls_per_week',
  'call_after_conversation',
  'third_party',
  'conduct',
  'broken_promise',
  'promise_overdue',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  institutionKey: string;
  institution: string;
  /** The rule it is checked against; null for facts from the notes that no rule names (promises). */
  rule: Rule | null;
  /** The notes behind it, oldest first. */
  noteIds: string[];
  /** How many contacts (or promises) it counts. */
  count: number;
  /** The limit the count is compared with, when the rule gives a number. */
  limit: number | null;
  /** First and last contact behind it. */
  from: number;
  to: number;
  /** The analyzer labels involved, for conduct findings. */
  labels: Label[];
}

/** What every check needs besides the notes. */
export interface CheckContext {
  limits: ContactLimits;
  clock: LocalClock;
  now: number;
}

export type Check = (group: InstitutionGroup, context: CheckContext) => Finding[];

/** A contact the collector started (a letter's arrival time says nothing about when it was sent). */
export const isTheirContact = (note: Note): boolean => note.direction === 'incoming' && note.channel !== 'letter';

/** A phone call the collector placed. */
export const isTheirCall = (note: Note): boolean => note.direction === 'incoming' && note.channel === 'phone';

/** A finding over `notes` (oldest first) for one institution. */
export function finding(
  group: InstitutionGroup,
  kind: FindingKind,
  rule: Rule | null,
  notes: readonly Note[],
  extra: Partial<Pick<Finding, 'count' | 'limit' | 'labels'>> = {},
): Finding {
  return {
    kind,
    institutionKey: group.key,
    institution: group.name,
    rule,
    noteIds: notes.map((n) => n.id),
    count: extra.count ?? notes.length,
    limit: extra.limit ?? null,
    from: notes[0]?.occurredAt ?? 0,
    to: notes[notes.length - 1]?.occurredAt ?? 0,
    labels: extra.labels ?? [],
  };
}
