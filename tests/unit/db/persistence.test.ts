import { describe, expect, it, vi } from 'vitest';
import { readMeta } from '../../../utils/db/meta';
import { createNote } from '../../../utils/db/notes-repository';
import { ensurePersistence, storageUsage, type StorageApi } from '../../../utils/db/persistence';
import { testDatabase } from './test-database';

const now = Date.UTC(2026, 0, 1);

function fakeStorage(answer: boolean): StorageApi & { persist: ReturnType<typeof vi.fn> } {
  let persisted = false;
  return {
    persisted: async () => persisted,
    persist: vi.fn(async () => {
      persisted = answer;
      return answer;
    }),
    estimate: async () => ({ usage: 2048, quota: 1_000_000 }),
  };
}

describe('ensurePersistence', () => {
  it('does not ask before the first note exists', async () => {
    const db = testDatabase();
    const storage = fakeStorage(true);
    expect(await ensurePersistence(db, storage, now)).toBe(false);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('asks once the first note is saved, and remembers the answer', async () => {
    const db = testDatabase();
    const storage = fakeStorage(false);
    await createNote(db, { theySaid: 'hello' }, now);
    expect(await ensurePersistence(db, storage, now)).toBe(false);
    expect(await ensurePersistence(db, storage, now + 1)).toBe(false);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(await readMeta(db, 'persistence')).toEqual({ askedAt: now, granted: false });
  });

  it('reports persistent storage without asking again', async () => {
    const db = testDatabase();
    const storage = fakeStorage(true);
    await createNote(db, {}, now);
    expect(await ensurePersistence(db, storage, now)).toBe(true);
    expect(await ensurePersistence(db, storage, now)).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does nothing where the browser cannot ask (a service worker)', async () => {
    const db = testDatabase();
    await createNote(db, {}, now);
    const { persist: _persist, ...worker } = fakeStorage(true);
    expect(await ensurePersistence(db, worker, now)).toBe(false);
    expect(await readMeta(db, 'persistence')).toBeUndefined();
  });
});

describe('storageUsage', () => {
  it('reports the estimate and whether storage is persistent', async () => {
    expect(await storageUsage(fakeStorage(true))).toEqual({ usage: 2048, quota: 1_000_000, persisted: false });
  });
});
