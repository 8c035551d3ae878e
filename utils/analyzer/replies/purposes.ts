import { LABEL_TIER, type Label, type Purpose } from '../types';

/**
 * Labels in the order their replies matter, the dangerous first: a threat of harm needs an
 * answer before a late fee does.
 */
export const LABEL_PRIORITY: readonly Label[] = [
  'violence_threat',
  'scam_signal',
  'third_party_contact',
  'criminal_threat',
  'abuse',
  'visit_threat',
  'legal_action',
  'deadline',
  'settlement_offer',
  'fee_or_penalty',
  'credit_report',
  'payment_demand',
  'contact_request',
];

/** Purposes that must be answered whenever the label is present, whatever else is chosen. */
const REQUIRED_PURPOSES: Partial<Record<Label, Purpose[]>> = {
  violence_threat: ['set_boundary'],
  scam_signal: ['verify_identity', 'set_boundary'],
  third_party_contact: ['stop_third_party_contact', 'set_boundary'],
  criminal_threat: ['set_boundary'],
  abuse: ['set_boundary'],
};

/** For each label, the replies that help most, most useful first. */
const LABEL_PURPOSES: Record<Label, Purpose[]> = {
  violence_threat: ['record_keeping'],
  scam_signal: ['record_keeping'],
  third_party_contact: ['record_keeping', 'ask_solution'],
  criminal_threat: ['request_written_details', 'record_keeping'],
  abuse: ['request_supervisor', 'record_keeping'],
  visit_threat: ['set_boundary', 'request_written_details'],
  legal_action: ['request_written_details', 'ask_solution'],
  deadline: ['ask_solution', 'explain_situation'],
  settlement_offer: ['request_written_details', 'acknowledge'],
  fee_or_penalty: ['ask_solution', 'request_written_details', 'dispute'],
  credit_report: ['ask_solution', 'request_written_details'],
  payment_demand: ['ask_solution', 'request_written_details', 'explain_situation'],
  contact_request: ['acknowledge', 'request_written_details'],
};

/** Purposes that would help the wrong person: with a likely scam, do not negotiate or explain. */
const SUPPRESSED_BY: Partial<Record<Label, Purpose[]>> = {
  scam_signal: ['acknowledge', 'explain_situation', 'ask_solution'],
};

/** What a collection message with no particular tactic still deserves. */
const DEFAULT_PURPOSES: readonly Purpose[] = ['acknowledge', 'ask_solution', 'request_written_details'];

const MIN = 2;
// Four replies are as many as a worried reader takes in; a danger sign earns one more.
const MAX = 4;
const MAX_WITH_DANGER = 5;

/**
 * The purposes to answer, 2 to 5 of them, required ones first. A message that is not about a
 * debt gets none unless it carries a danger sign, which is always answered.
 */
export function choosePurposes(labels: readonly Label[], isCollection: boolean): Purpose[] {
  // Asked for every message: plain loops over a few short lists, nothing built but the answer.
  let danger = false;
  let suppressed: readonly Purpose[] = [];
  for (const label of labels) {
    if (LABEL_TIER[label] === 'danger') danger = true;
    const s = SUPPRESSED_BY[label];
    if (s) suppressed = suppressed.length ? [...suppressed, ...s] : s;
  }
  const max = danger ? MAX_WITH_DANGER : MAX;
  const chosen: Purpose[] = [];
  const add = (purpose: Purpose) => {
    if (chosen.length < max && !chosen.includes(purpose) && !suppressed.includes(purpose)) chosen.push(purpose);
  };
  for (const label of LABEL_PRIORITY) if (labels.includes(label)) REQUIRED_PURPOSES[label]?.forEach(add);
  if (!isCollection && chosen.length === 0) return [];
  for (const label of LABEL_PRIORITY) if (labels.includes(label)) LABEL_PURPOSES[label].forEach(add);
  for (const purpose of DEFAULT_PURPOSES) {
    if (chosen.length >= MIN) break;
    add(purpose);
  }
  return chosen;
}
