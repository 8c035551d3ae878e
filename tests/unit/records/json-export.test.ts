import { describe, expect, it } from 'vitest';
import type { Note } from '../../../utils/notes/note';
import { jsonExportChunks } from '../../../utils/records/json-export';
import { makeNote } from './fixtures';

async function collect(pages: Note[][]): Promise<string[]> {
  async function* source() {
    yield* pages;
  }
  const chunks: string[] = [];
  for await (const chunk of jsonExportChunks(source(), Date.UTC(2026, 3, 1, 8, 30))) chunks.push(chunk);
  return chunks;
}

describe('JSON export', () => {
  it('writes the versioned envelope with every note, one chunk per page', async () => {
    const notes = [makeNote(), makeNote(), makeNote()];
    const chunks = await collect([notes.slice(0, 2), [], notes.slice(2)]);
    expect(chunks).toHaveLength(4);
    expect(JSON.parse(chunks.join(''))).toEqual({ format: 'calmline-notes', version: 1, exportedAt: '2026-04-01T08:30:00.000Z', notes });
  });

  it('writes an empty list when there are no notes', async () => {
    expect(JSON.parse((await collect([])).join(''))).toMatchObject({ notes: [] });
  });

  it('puts one note on each line, keys in one fixed order whatever order they were stored in', async () => {
    const note = makeNote({ amount: { value: 1200, currency: 'CNY' } });
    const shuffled = Object.fromEntries(Object.entries(note).reverse()) as unknown as Note;
    shuffled.amount = { currency: 'CNY', value: 1200 } as Note['amount'];
    const [a, b] = await Promise.all([collect([[note]]), collect([[shuffled]])]);
    expect(a.join('')).toBe(b.join(''));
    const lines = a.join('').split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]!.startsWith('{"id":')).toBe(true);
  });

  it('keeps lone surrogates and control characters through a round trip', async () => {
    const note = makeNote({ theySaid: 'broken \uD800 pair, tab\t, nul\u0000, line\u2028end' });
    expect(JSON.parse((await collect([[note]])).join('')).notes[0].theySaid).toBe(note.theySaid);
  });
});
