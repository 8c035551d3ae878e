/**
 * Writes a fixture the way an older release stored it: a database declared only
 * up to that version, filled, then closed, ready to be opened by today's code.
 */
import { expect } from 'vitest';
import { createDatabase } from '../../../utils/db/database';

export interface Fixture {
  version: number;
  notes: unknown[];
  meta: unknown[];
}

export async function storeAsVersion(name: string, fixture: Fixture): Promise<void> {
  const old = createDatabase(name, fixture.version);
  await old.open();
  expect(old.verno).toBe(fixture.version);
  await old.table('notes').bulkAdd(fixture.notes);
  await old.table('meta').bulkAdd(fixture.meta);
  old.close();
}
