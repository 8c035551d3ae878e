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

/** Version 1: notes indexed for the timeline, the filters and the bin of deleted notes. */
export function defineVersion1(db: Dexie): void {
  db.version(1).stores({
    // Only what queries use: each extra index slows every write (a 100 000-note import most).
    notes: 'id, occurredAt, institution, channel, *tags, deletedAt',
    meta: 'key',
  });
}

/**
 * Every schema version, oldest first. A later version is appended here as its own
 * `defineVersionN` with its upgrade; earlier entries never change.
 */
export const SCHEMA_VERSIONS: readonly ((db: Dexie) => void)[] = [defineVersion1];

/** The version a database opened by this code ends up at. */
export const CURRENT_VERSION = SCHEMA_VERSIONS.length;

/**
 * Opens (lazily, on first use) the database with every version up to `upTo`
 * declared. Only migration tests pass `upTo`, to write a fixture the way an older
 * release stored it.
 */
export function createDatabase(name = DATABASE_NAME, upTo = CURRENT_VERSION): CalmLineDatabase {
  const db = new Dexie(name) as CalmLineDatabase;
  for (const define of SCHEMA_VERSIONS.slice(0, upTo)) define(db);
  return db;
}
