import { describe, expect, it, vi } from 'vitest';
import { watchNotes } from '../../../utils/db/live-notes';
import { createNote, deleteNote } from '../../../utils/db/notes-repository';
import type { Note } from '../../../utils/notes/note';
import { testDatabase } from './test-database';

describe('watchNotes', () => {
  it('delivers live notes newest first, then again after every write', async () => {
    const db = testDatabase();
    let latest: Note[] | null = null;
    const stop = watchNotes(db, (notes) => (latest = notes), (error) => {
      throw error;
    });
    const ids = () => latest?.map((n) => n.id);

    await vi.waitFor(() => expect(ids()).toEqual([]));
    const older = await createNote(db, { theySaid: 'older', occurredAt: 1_700_000_000_000 }, 1_800_000_000_000);
    await vi.waitFor(() => expect(ids()).toEqual([older.id]));
    const newer = await createNote(db, { theySaid: 'newer', occurredAt: 1_750_000_000_000 }, 1_800_000_000_000);
    await vi.waitFor(() => expect(ids()).toEqual([newer.id, older.id]));
    await deleteNote(db, older.id, 1_800_000_000_001);
    await vi.waitFor(() => expect(ids()).toEqual([newer.id]));
    stop();
  });
});
