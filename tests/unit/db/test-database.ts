/** A fresh, uniquely named database per test, deleted afterwards. */
import { afterEach } from 'vitest';
import { createDatabase, type CalmLineDatabase } from '../../../utils/db/database';

const opened: CalmLineDatabase[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

export function testDatabase(upTo?: number): CalmLineDatabase {
  const db = createDatabase(`calmline-test-${crypto.randomUUID()}`, upTo);
  opened.push(db);
  return db;
}
