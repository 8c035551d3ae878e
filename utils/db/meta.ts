/** Small facts about the store itself, kept in the `meta` table. */
import type { CalmLineDatabase } from './database';

/** The keys in use, so two features never share one by accident. */
export type MetaKey = 'persistence' | 'remindedUntil';

/** The stored value for `key`, or undefined. */
export async function readMeta<T>(db: CalmLineDatabase, key: MetaKey): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

/** Stores `value` under `key`. */
export async function writeMeta(db: CalmLineDatabase, key: MetaKey, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
