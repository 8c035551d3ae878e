import { describe, expect, it } from 'vitest';
import { FORMAT_MIGRATIONS, migrateToCurrent, type FormatMigration } from '../../../utils/records/format-migrations';

// Version 1 is the only released format, so the chain is exercised with steps made up for the test.
const steps: FormatMigration[] = [
  { from: 1, migrate: ({ items, ...rest }) => ({ ...rest, notes: items }) },
  { from: 2, migrate: (file) => ({ ...file, notes: (file.notes as object[]).map((n) => ({ ...n, tags: [] })) }) },
];

describe('format migrations', () => {
  it('has no released steps while version 1 is the only format', () => {
    expect(FORMAT_MIGRATIONS).toEqual([]);
    const file = { format: 'calmline-notes', version: 1, notes: [] };
    expect(migrateToCurrent(file)).toEqual({ ok: true, file, fromVersion: 1 });
  });

  it('brings an old file up one version at a time', () => {
    const old = { format: 'calmline-notes', version: 1, items: [{ id: 'a' }] };
    expect(migrateToCurrent(old, steps, 3)).toEqual({
      ok: true,
      fromVersion: 1,
      file: { format: 'calmline-notes', version: 3, notes: [{ id: 'a', tags: [] }] },
    });
    const middle = { format: 'calmline-notes', version: 2, notes: [{ id: 'b' }] };
    expect(migrateToCurrent(middle, steps, 3)).toMatchObject({ ok: true, fromVersion: 2, file: { version: 3, notes: [{ id: 'b', tags: [] }] } });
  });

  it('says which versions it can read when a step is missing', () => {
    expect(migrateToCurrent({ format: 'calmline-notes', version: 1 }, steps.slice(1), 3)).toEqual({
      ok: false,
      error: { code: 'invalid', total: 1, problems: [{ note: null, field: 'version', expected: 'one_of', detail: '2, 3' }] },
    });
  });

  it('refuses files that are not CalmLine notes or come from a newer version', () => {
    expect(migrateToCurrent(null)).toEqual({ ok: false, error: { code: 'not_calmline' } });
    expect(migrateToCurrent({ format: 'calmline-notes', version: 9 }, steps, 3)).toEqual({ ok: false, error: { code: 'newer_version', version: 9 } });
    expect(migrateToCurrent({ format: 'calmline-notes', version: 0 })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});
