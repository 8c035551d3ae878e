import { analyze } from '../../utils/analyzer/index';

type Id = string | number | null;

/** The contract's line for one analysed message. */
export interface JsonlResult {
  id: Id;
  lang: string;
  isCollection: boolean;
  labels: string[];
  amounts: Array<{ value: number; currency: string | null }>;
  deadlines: Array<{ text: string; start: number; end: number; at?: string }>;
  suggestions: Array<{ id: string; purpose: string; text: string; lang: string }>;
}

export interface JsonlError {
  id: Id;
  error: string;
}

/**
 * Analyses one input line `{"id", "text", "now"?}`. A line that cannot be read gets an
 * error in plain words instead, with its id when one could be found.
 */
export function analyzeLine(line: string, defaultNow: Date): JsonlResult | JsonlError {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return { id: null, error: 'This line is not valid JSON.' };
  }
  if (!row || typeof row !== 'object' || Array.isArray(row)) return { id: null, error: 'Each line must be a JSON object with "id" and "text".' };
  const r = row as Record<string, unknown>;
  const id: Id = typeof r.id === 'string' || typeof r.id === 'number' ? r.id : null;
  if (id === null) return { id, error: '"id" is missing: give each line a string or number id.' };
  if (typeof r.text !== 'string') return { id, error: '"text" is missing or not a string.' };
  let now = defaultNow;
  if (r.now !== undefined) {
    now = typeof r.now === 'string' ? new Date(r.now) : new Date(NaN);
    if (Number.isNaN(now.getTime())) return { id, error: '"now" must be an ISO time such as 2024-06-01T09:00:00Z.' };
  }
  const a = analyze(r.text, { now });
  return {
    id,
    lang: a.lang,
    isCollection: a.isCollection,
    labels: a.signals.map((s) => s.label),
    amounts: a.amounts.map(({ value, currency }) => ({ value, currency })),
    deadlines: a.deadlines.map(({ text, start, end, at }) => (at === undefined ? { text, start, end } : { text, start, end, at })),
    suggestions: a.suggestions.map(({ id: sid, purpose, text, lang }) => ({ id: sid, purpose, text, lang })),
  };
}
