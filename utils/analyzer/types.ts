/** The analyzer's public contract (see the analyzer spec): what `analyze()` returns. */

export const LANGS = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type Lang = (typeof LANGS)[number];

export type Tier = 'info' | 'warning' | 'danger' | 'positive';

export const LABELS = [
  'payment_demand',
  'deadline',
  'fee_or_penalty',
  'credit_report',
  'legal_action',
  'criminal_threat',
  'third_party_contact',
  'visit_threat',
  'abuse',
  'violence_threat',
  'scam_signal',
  'settlement_offer',
  'contact_request',
] as const;

export type Label = (typeof LABELS)[number];

/** How the UI colours each label. */
export const LABEL_TIER: Record<Label, Tier> = {
  payment_demand: 'info',
  deadline: 'warning',
  fee_or_penalty: 'info',
  credit_report: 'info',
  legal_action: 'warning',
  criminal_threat: 'danger',
  third_party_contact: 'danger',
  visit_threat: 'warning',
  abuse: 'danger',
  violence_threat: 'danger',
  scam_signal: 'danger',
  settlement_offer: 'positive',
  contact_request: 'info',
};

/** A half-open range of UTF-16 offsets into the original text. */
export interface Span {
  start: number;
  end: number;
}

export interface Signal {
  label: Label;
  tier: Tier;
  /** Where in the original text the evidence lies. */
  spans: Span[];
  /** Ids of the rules that fired, so a hit can be explained. */
  rules: string[];
}

export const CURRENCIES = ['CNY', 'HKD', 'TWD', 'USD', 'GBP', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface Amount {
  value: number;
  currency: Currency | null;
  /** Where the sum, its currency included, starts and ends in the text, as for a deadline. */
  start: number;
  end: number;
  text: string;
  spans: Span[];
}

export interface Deadline {
  text: string;
  start: number;
  end: number;
  /** ISO 8601 time, resolved against the analysis time, when it can be. */
  at?: string;
  spans: Span[];
}

export type ContactKind = 'phone' | 'case_number' | 'agent';

export interface Contact {
  kind: ContactKind;
  value: string;
  text: string;
  spans: Span[];
}

export const PURPOSES = [
  'acknowledge',
  'explain_situation',
  'ask_solution',
  'request_written_details',
  'request_supervisor',
  'set_boundary',
  'stop_third_party_contact',
  'dispute',
  'verify_identity',
  'record_keeping',
] as const;

export type Purpose = (typeof PURPOSES)[number];

export interface Suggestion {
  id: string;
  purpose: Purpose;
  text: string;
  lang: Lang;
}

export interface Analysis {
  lang: Lang;
  isCollection: boolean;
  signals: Signal[];
  amounts: Amount[];
  deadlines: Deadline[];
  contacts: Contact[];
  suggestions: Suggestion[];
}

export interface AnalyzeOptions {
  /** The time the message is read; relative deadlines resolve against it. */
  now: Date;
}
