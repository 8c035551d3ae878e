import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, createDatabase, type CalmLineDatabase } from '../../../utils/db/database';
import { listNotes, searchNotes } from '../../../utils/db/notes-repository';
import { NoteSchema } from '../../../utils/notes/note-schema';
import fixtureV1 from './fixtures/notes-v1.json';
import { storeAsVersion, type Fixture } from './migration-harness';

/**
 * Each released version's fixture, and what today's code must read from it.
 * A new schema version adds its upgrade's expected result here; version 1 notes
 * need no change yet.
 */
const FIXTURES: { fixture: Fixture; expected: (fixture: Fixture) => { notes: unknown[]; meta: unknown[] } }[] = [
  { fixture: fixtureV1 as Fixture, expected: (f) => ({ notes: f.notes, meta: f.meta }) },
];

let db: CalmLineDatabase | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('schema migrations', () => {
  it('has a fixture for every released version', () => {
    expect(FIXTURES.map((f) => f.fixture.version)).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
  });

  it('holds, in the version 1 fixture, real version 1 notes with every field set somewhere', () => {
    const notes = fixtureV1.notes.map((n) => v.parse(NoteSchema, n));
    for (const field of Object.keys(NoteSchema.entries)) {
      const set = notes.some((n) => {
        const value = n[field as keyof typeof n];
        return value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
      });
      expect(set, field).toBe(true);
    }
  });

  for (const { fixture, expected } of FIXTURES) {
    it(`opens a version ${fixture.version} database through the current code without losing a field`, async () => {
      const name = `calmline-migration-${fixture.version}-${crypto.randomUUID()}`;
      await storeAsVersion(name, fixture);

      db = createDatabase(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      const want = expected(fixture);
      const notes = await db.notes.toArray();
      expect(notes.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        [...(want.notes as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id)),
      );
      for (const note of notes) expect(v.safeParse(NoteSchema, note).success, note.id).toBe(true);
      expect(await db.meta.toArray()).toEqual(expect.arrayContaining(want.meta));

      // The indexes answer for the upgraded data too.
      expect((await searchNotes(db, '帐户')).map((n) => n.institution)).toEqual(['國泰世華銀行']);
      expect((await listNotes(db, { tag: '信用卡' })).map((n) => n.agent)).toEqual(['工号 0231 王女士']);
      expect((await listNotes(db, { channel: 'phone' })).length).toBeGreaterThan(0);
      expect(await db.notes.where('deletedAt').above(0).count()).toBe((want.notes as { deletedAt: number | null }[]).filter((n) => n.deletedAt !== null).length);
    });
  }
});
