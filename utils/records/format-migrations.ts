/**
 * Brings an export file from an older format version up to the current one, one
 * version at a time. Each step is self-contained and frozen once released: it
 * rewrites plain data and never imports application code, so later changes to the
 * notes cannot alter how an old file is read.
 */
import type { ImportError } from './import-errors';
import { FORMAT_NAME, FORMAT_VERSION } from './export-format';

/** One step: a file of version `from` becomes a file of version `from + 1`. */
export interface FormatMigration {
  from: number;
  migrate(file: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The released steps, oldest first. Version 1 is the first format CalmLine has
 * written, so there is nothing to migrate yet; the next format version adds its
 * step here together with a test on a version-1 fixture.
 */
export const FORMAT_MIGRATIONS: readonly FormatMigration[] = [];

export type MigrationResult = { ok: true; file: Record<string, unknown>; fromVersion: number } | { ok: false; error: ImportError };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file at the current version, or why it cannot be brought there. */
export function migrateToCurrent(
  value: unknown,
  migrations: readonly FormatMigration[] = FORMAT_MIGRATIONS,
  current: number = FORMAT_VERSION,
): MigrationResult {
  if (!isRecord(value) || value.format !== FORMAT_NAME) return { ok: false, error: { code: 'not_calmline' } };
  const fromVersion = value.version;
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 1) {
    const problem = { note: null, field: 'version', expected: 'whole_number' as const, detail: null };
    return { ok: false, error: { code: 'invalid', problems: [problem], total: 1 } };
  }
  if (fromVersion > current) return { ok: false, error: { code: 'newer_version', version: fromVersion } };
  let file = value;
  for (let version = fromVersion; version < current; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) {
      const known = [...migrations.map((m) => m.from), current].join(', ');
      const problem = { note: null, field: 'version', expected: 'one_of' as const, detail: known };
      return { ok: false, error: { code: 'invalid', problems: [problem], total: 1 } };
    }
    file = { ...step.migrate(file), format: FORMAT_NAME, version: version + 1 };
  }
  return { ok: true, file, fromVersion };
}
