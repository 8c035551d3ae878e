/**
 * The evidence report's content: per institution, the timeline of contacts, the
 * findings with their rules, and a summary row; plus totals. Built from the notes
 * alone, so the page that prints it only lays it out.
 */
import type { Note } from '../notes/note';
import type { Jurisdiction } from '../rights/jurisdiction';
import { findPatterns } from './contact-patterns';
import { type Finding, type FindingKind, isTheirContact, isTheirCall } from './finding';
import { groupByInstitution } from './institutions';
import type { LocalClock } from './local-clock';

export interface ReportSummary {
  notes: number;
  theirContacts: number;
  calls: number;
  /** Count per finding kind (contacts, calls or promises, as the kind counts them). */
  byKind: Record<FindingKind, number>;
  first: number;
  last: number;
}

export interface ReportSection {
  key: string;
  name: string;
  /** Every note about the institution, oldest first. */
  timeline: Note[];
  findings: Finding[];
  summary: ReportSummary;
}

export interface EvidenceReport {
  jurisdiction: Jurisdiction;
  generatedAt: number;
  sections: ReportSection[];
}

const noKinds = (): Record<FindingKind, number> => ({
  outside_hours: 0,
  calls_per_day: 0,
  calls_per_week: 0,
  call_after_conversation: 0,
  third_party: 0,
  conduct: 0,
  broken_promise: 0,
  promise_overdue: 0,
});

function summarize(timeline: Note[], findings: Finding[]): ReportSummary {
  const byKind = noKinds();
  for (const f of findings) byKind[f.kind] += f.count;
  return {
    notes: timeline.length,
    theirContacts: timeline.filter(isTheirContact).length,
    calls: timeline.filter(isTheirCall).length,
    byKind,
    first: timeline[0]?.occurredAt ?? 0,
    last: timeline[timeline.length - 1]?.occurredAt ?? 0,
  };
}

/** The report over `notes` (already filtered; deleted notes are left out) for one jurisdiction. */
export function buildEvidenceReport(
  notes: readonly Note[],
  options: { jurisdiction: Jurisdiction; clock: LocalClock; now: number },
): EvidenceReport {
  const live = notes.filter((n) => n.deletedAt === null);
  const findings = findPatterns(live, options);
  const sections = groupByInstitution(live).map((group) => {
    const own = findings.filter((f) => f.institutionKey === group.key);
    return { key: group.key, name: group.name, timeline: group.notes, findings: own, summary: summarize(group.notes, own) };
  });
  return { jurisdiction: options.jurisdiction, generatedAt: options.now, sections };
}
