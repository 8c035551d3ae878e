import { describe, expect, it } from 'vitest';
import { inScope, scopeFromQuery, scopeToQuery } from '../../../utils/records/export-scope';
import { institutionChoices } from '../../../utils/records/institutions';
import { makeNote } from './fixtures';

describe('export scope', () => {
  it('round-trips through a query string and folds the institution name', () => {
    const scope = scopeFromQuery(new URLSearchParams('institution=%20ACME%20Credit&from=100&until=200'));
    expect(scope).toEqual({ institution: 'acme credit', from: 100, until: 200, includeDeleted: false });
    expect(scopeFromQuery(scopeToQuery(scope))).toEqual(scope);
  });

  it('ignores unreadable limits', () => {
    expect(scopeFromQuery(new URLSearchParams('from=soon&until=1e400'))).toMatchObject({ from: null, until: null, institution: null });
  });

  it('keeps notes by institution, period and bin', () => {
    const scope = { institution: 'acme credit', from: 100, until: 200, includeDeleted: false };
    expect(inScope(makeNote({ occurredAt: 150 }), scope)).toBe(true);
    expect(inScope(makeNote({ occurredAt: 250 }), scope)).toBe(false);
    expect(inScope(makeNote({ occurredAt: 150, institution: 'Beta' }), scope)).toBe(false);
    expect(inScope(makeNote({ occurredAt: 150, deletedAt: 160 }), scope)).toBe(false);
  });
});

describe('institution choices', () => {
  it('offers each institution once, however it was typed', () => {
    expect(institutionChoices(['acme credit', 'Beta Bank', 'ACME Credit ', '', 'ＡＣＭＥ credit'])).toEqual([
      { key: '', name: '' },
      { key: 'acme credit', name: 'acme credit' },
      { key: 'beta bank', name: 'Beta Bank' },
    ]);
  });
});
