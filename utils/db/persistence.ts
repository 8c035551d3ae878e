/**
 * Asks the browser to keep the notes even when disk space runs low. Asked once,
 * when the first note exists; the answer is remembered.
 */
import type { CalmLineDatabase } from './database';
import { readMeta, writeMeta } from './meta';
import { countNotes } from './notes-repository';

/** The parts of `navigator.storage` used here (persist() exists only in pages). */
export type StorageApi = Pick<StorageManager, 'persisted' | 'estimate'> & Partial<Pick<StorageManager, 'persist'>>;

interface PersistenceRecord {
  askedAt: number;
  granted: boolean;
}

/** Asks for persistent storage if notes exist and it was never asked; resolves to whether storage is persistent. */
export async function ensurePersistence(db: CalmLineDatabase, storage: StorageApi, now: number): Promise<boolean> {
  if (await storage.persisted()) return true;
  if (!storage.persist || (await readMeta<PersistenceRecord>(db, 'persistence'))) return false;
  if ((await countNotes(db)) === 0) return false;
  const granted = await storage.persist();
  await writeMeta(db, 'persistence', { askedAt: now, granted } satisfies PersistenceRecord);
  return granted;
}

export interface StorageUsage {
  /** Bytes the extension's data takes, as the browser estimates it. */
  usage: number;
  quota: number;
  persisted: boolean;
}

/** How much is stored, and whether the browser promised to keep it. */
export async function storageUsage(storage: StorageApi): Promise<StorageUsage> {
  const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted()]);
  return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
}
