/**
 * Checks a draft before it is stored, and says in plain terms what is wrong:
 * which field, and why, so the person can fix it without losing what they typed.
 */
import * as v from 'valibot';
import type { NoteDraft } from './note';
import { NoteDraftSchema } from './note-schema';
import { DAY_MS } from '../time-units';

export type DraftProblem =
  | { field: string; kind: 'too-long'; max: number; actual: number }
  | { field: string; kind: 'too-many'; max: number; actual: number }
  | { field: string; kind: 'date-out-of-range' }
  | { field: string; kind: 'in-the-future' }
  | { field: string; kind: 'invalid' };

export type DraftCheck = { ok: true; draft: NoteDraft } | { ok: false; problems: DraftProblem[] };

/** A contact cannot have happened later than this after now (allows for clocks and time zones). */
export const FUTURE_SLACK_MS = DAY_MS;

function describe(issue: v.BaseIssue<unknown>): DraftProblem {
  const field = v.getDotPath(issue) ?? 'note';
  const max = Number(issue.requirement);
  if (issue.type === 'max_length' && typeof issue.input === 'string') {
    return { field, kind: 'too-long', max, actual: issue.input.length };
  }
  if (issue.type === 'max_length' && Array.isArray(issue.input)) return { field, kind: 'too-many', max, actual: issue.input.length };
  if (issue.type === 'min_value' || issue.type === 'max_value') return { field, kind: 'date-out-of-range' };
  return { field, kind: 'invalid' };
}

/** Validates a draft (from a form, a page or an edit); never throws. */
export function checkDraft(input: unknown, now: number): DraftCheck {
  const parsed = v.safeParse(NoteDraftSchema, input);
  if (!parsed.success) return { ok: false, problems: parsed.issues.map(describe) };
  const draft = parsed.output as NoteDraft;
  if (draft.occurredAt !== undefined && draft.occurredAt > now + FUTURE_SLACK_MS) {
    return { ok: false, problems: [{ field: 'occurredAt', kind: 'in-the-future' }] };
  }
  return { ok: true, draft };
}

/** One line, in English, for logs and for replies to other parts of the extension. */
export function problemsInWords(problems: readonly DraftProblem[]): string {
  return problems
    .map((p) => {
      switch (p.kind) {
        case 'too-long':
          return `${p.field} is too long (${p.actual} characters; the limit is ${p.max})`;
        case 'too-many':
          return `${p.field} has too many entries (${p.actual}; the limit is ${p.max})`;
        case 'date-out-of-range':
          return `${p.field} is a date too far in the past or future`;
        case 'in-the-future':
          return `${p.field} is in the future, but a contact has already happened`;
        case 'invalid':
          return `${p.field} is not valid`;
      }
    })
    .join('; ');
}
