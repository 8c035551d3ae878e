import { describe, expect, it } from 'vitest';
import { MAX_FIELD_CHARS } from '../../../utils/notes/note-schema';
import { FUTURE_SLACK_MS, checkDraft, problemsInWords } from '../../../utils/notes/validate';

const now = Date.UTC(2026, 5, 1);

describe('checkDraft', () => {
  it('accepts a reasonable draft', () => {
    const check = checkDraft({ theySaid: 'Please pay', occurredAt: now - 1000, channel: 'sms' }, now);
    expect(check).toEqual({ ok: true, draft: { theySaid: 'Please pay', occurredAt: now - 1000, channel: 'sms' } });
  });

  it('names an over-long field, its limit and its length', () => {
    const check = checkDraft({ theySaid: 'x'.repeat(MAX_FIELD_CHARS + 5), institution: 'y'.repeat(201) }, now);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toEqual([
      { field: 'institution', kind: 'too-long', max: 200, actual: 201 },
      { field: 'theySaid', kind: 'too-long', max: MAX_FIELD_CHARS, actual: MAX_FIELD_CHARS + 5 },
    ]);
    expect(problemsInWords(check.problems)).toContain('theySaid is too long (20005 characters; the limit is 20000)');
  });

  it('rejects dates far in the past or future', () => {
    const past = checkDraft({ occurredAt: Date.UTC(1899, 0, 1) }, now);
    const future = checkDraft({ followUpAt: Date.UTC(2300, 0, 1) }, now);
    expect(past).toEqual({ ok: false, problems: [{ field: 'occurredAt', kind: 'date-out-of-range' }] });
    expect(future).toEqual({ ok: false, problems: [{ field: 'followUpAt', kind: 'date-out-of-range' }] });
  });

  it('rejects a contact dated after tomorrow, but allows a follow-up then', () => {
    expect(checkDraft({ occurredAt: now + FUTURE_SLACK_MS + 1 }, now)).toEqual({
      ok: false,
      problems: [{ field: 'occurredAt', kind: 'in-the-future' }],
    });
    expect(checkDraft({ occurredAt: now + 60_000, followUpAt: now + 30 * FUTURE_SLACK_MS }, now).ok).toBe(true);
  });

  it('rejects unknown fields, wrong types and too many promises', () => {
    expect(checkDraft({ password: 'x' }, now).ok).toBe(false);
    expect(checkDraft({ occurredAt: Number.NaN }, now)).toEqual({ ok: false, problems: [{ field: 'occurredAt', kind: 'invalid' }] });
    const promises = Array.from({ length: 101 }, (_, i) => ({ id: `p${i}`, by: 'me', what: 'pay', dueAt: null, status: 'open' }));
    expect(checkDraft({ promises }, now)).toEqual({ ok: false, problems: [{ field: 'promises', kind: 'too-many', max: 100, actual: 101 }] });
  });
});
