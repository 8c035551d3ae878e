/**
 * The notes database. Opened only by extension pages and the background — never by
 * a content script, whose IndexedDB would belong to the website it runs on.
 *
 * Versions are frozen once released: to change the schema, add a new
 * `db.version(n + 1)` with its own self-contained upgrade and a test that upgrades
 * a fixture of version n (see tests/unit/db/).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Note } from '../notes/note';

/** Small facts about the store itself (last export time, reminders shown…). */
export interface MetaEntry {
  key: string;
  value: unknown;
}

export type CalmLineDatabase = Dexie & {
  notes: EntityTable<Note, 'id'>;
  meta: EntityTable<MetaEntry, 'key'>;
};

export const DATABASE_NAME = 'calmline';

/** Version 1: notes indexed for the timeline, filters and due follow-ups. */
export function defineVersion1(db: Dexie): void {
  db.version(1).stores({
    notes: 'id, occurredAt, institution, channel, *tags, followUpAt, deletedAt, updatedAt',
    meta: 'key',
  });
}

/** Opens (lazily, on first use) the database with every version declared. */
export function createDatabase(name = DATABASE_NAME): CalmLineDatabase {
  const db = new Dexie(name) as CalmLineDatabase;
  defineVersion1(db);
  return db;
}
