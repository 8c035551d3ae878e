import { describe, expect, it } from 'vitest';
import type { Note } from '../../../utils/notes/note';
import { checkImportSize, MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH } from '../../../utils/records/import-parse';
import { jsonExportChunks } from '../../../utils/records/json-export';
import { readImportFile } from '../../../utils/records/read-import';
import { makeNote } from './fixtures';

async function exportText(notes: Note[]): Promise<string> {
  async function* pages() {
    yield notes;
  }
  let text = '';
  for await (const chunk of jsonExportChunks(pages(), Date.UTC(2026, 3, 1))) text += chunk;
  return text;
}

const envelope = (notes: unknown[]) => JSON.stringify({ format: 'calmline-notes', version: 1, exportedAt: '2026-04-01T00:00:00.000Z', notes });
const errorOf = (text: string) => {
  const reading = readImportFile(text);
  if (reading.ok) throw new Error('the file was accepted');
  return reading.error;
};

describe('reading an import file', () => {
  it('accepts a file CalmLine wrote, with or without a byte-order mark', async () => {
    const notes = [makeNote({ theySaid: '请于今天18点前还款 🙏' }), makeNote({ institution: '台新銀行' })];
    const text = await exportText(notes);
    for (const file of [text, `\uFEFF${text}`]) {
      const reading = readImportFile(file);
      expect(reading).toMatchObject({ ok: true, notes, exportedAt: '2026-04-01T00:00:00.000Z', fromVersion: 1 });
    }
  });

  it('refuses a 200 MB file by its size, before reading it', () => {
    expect(checkImportSize(200 * 1024 * 1024)).toEqual({ code: 'too_large', bytes: 200 * 1024 * 1024, maxBytes: MAX_IMPORT_BYTES });
    expect(checkImportSize(10 * 1024 * 1024)).toBeNull();
    // And by its length when only the text is at hand.
    expect(errorOf(' '.repeat(MAX_IMPORT_BYTES + 1))).toMatchObject({ code: 'too_large' });
  });

  it('refuses deeply nested data without overflowing the parser', () => {
    const deep = `${'['.repeat(500_000)}${']'.repeat(500_000)}`;
    expect(errorOf(deep)).toEqual({ code: 'too_deep', line: 1, maxDepth: MAX_IMPORT_DEPTH });
    const inNote = envelope([{ ...makeNote(), tags: [[[[[['x']]]]]] }]);
    expect(errorOf(inNote)).toMatchObject({ code: 'too_deep' });
  });

  it('is not fooled by brackets inside text', async () => {
    const note = makeNote({ theySaid: '[[[[[[[[[[{{{{{{{{{{ "\\" ]]]' });
    expect(readImportFile(await exportText([note]))).toMatchObject({ ok: true, notes: [note] });
  });

  it.each([
    ['__proto__', '{"__proto__":{"polluted":true}}'],
    ['__proto__ spelled with escapes', '{"\\u005f\\u005fproto__":{"polluted":true}}'],
    ['constructor', '{"constructor":{"prototype":{}}}'],
  ])('refuses a %s key and pollutes nothing', (_, extra) => {
    const text = envelope([makeNote()]).replace('"theySaid":""', `"theySaid":"","x":${extra}`);
    const error = errorOf(text);
    expect(error).toMatchObject({ code: 'forbidden_key', line: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the note, the field and what was expected for wrong types', () => {
    const notes = [makeNote(), { ...makeNote(), occurredAt: '2026-03-01' }, { ...makeNote(), channel: 'fax' }, { ...makeNote(), tags: 'urgent' }];
    const error = errorOf(envelope(notes));
    expect(error).toEqual({
      code: 'invalid',
      total: 3,
      problems: [
        { note: 1, field: 'occurredAt', expected: 'date', detail: null },
        { note: 2, field: 'channel', expected: 'one_of', detail: 'phone, sms, web_chat, email, letter, visit, app, other' },
        { note: 3, field: 'tags', expected: 'list', detail: null },
      ],
    });
  });

  it('refuses invalid dates: out of range, fractional, inside a promise', () => {
    const promise = { id: 'p', by: 'them', what: 'call back', dueAt: 1e20, status: 'open' };
    const notes = [{ ...makeNote(), occurredAt: 5 }, { ...makeNote(), updatedAt: 1.5 }, { ...makeNote(), promises: [promise] }];
    const error = errorOf(envelope(notes));
    expect(error).toMatchObject({
      code: 'invalid',
      problems: [
        { note: 0, field: 'occurredAt', expected: 'date' },
        { note: 1, field: 'updatedAt', expected: 'date' },
        { note: 2, field: 'promises.0.dueAt', expected: 'date' },
      ],
    });
  });

  it('refuses missing and unknown fields, and an id used twice', () => {
    const { agent: _agent, ...withoutAgent } = makeNote();
    const twin = makeNote();
    const error = errorOf(envelope([withoutAgent, { ...makeNote(), mood: 'calm' }, twin, twin]));
    expect(error).toMatchObject({
      code: 'invalid',
      problems: [
        { note: 0, field: 'agent', expected: 'present' },
        { note: 1, field: 'mood', expected: 'absent' },
      ],
    });
    const duplicates = errorOf(envelope([twin, makeNote(), twin]));
    expect(duplicates).toMatchObject({ code: 'invalid', problems: [{ note: 2, field: 'id', expected: 'unique_id' }] });
  });

  it('describes the first few problems and counts them all', () => {
    const notes = Array.from({ length: 40 }, () => ({ ...makeNote(), channel: 'fax' }));
    const error = errorOf(envelope(notes));
    expect(error).toMatchObject({ code: 'invalid', total: 40 });
    expect(error.code === 'invalid' && error.problems).toHaveLength(10);
  });

  it('calls a cut-off file truncated', async () => {
    const text = await exportText([makeNote(), makeNote()]);
    for (const cut of [text.length - 4, Math.floor(text.length / 2), 20]) {
      expect(errorOf(text.slice(0, cut))).toEqual({ code: 'truncated' });
    }
  });

  it('points at the line and column of a syntax error', () => {
    expect(errorOf('{\n  "format": "calmline-notes",\n  "version": 1 x\n}')).toEqual({ code: 'not_json', line: 3, column: 16 });
  });

  it('refuses empty files, other JSON, and files from a newer CalmLine', () => {
    expect(errorOf('')).toEqual({ code: 'empty' });
    expect(errorOf('  \n ')).toEqual({ code: 'empty' });
    expect(errorOf('[1, 2, 3]')).toEqual({ code: 'not_calmline' });
    expect(errorOf('{"format":"other-app","notes":[]}')).toEqual({ code: 'not_calmline' });
    expect(errorOf('{"format":"calmline-notes","version":2,"notes":[]}')).toEqual({ code: 'newer_version', version: 2 });
    expect(errorOf('{"format":"calmline-notes","version":"1","notes":[]}')).toMatchObject({
      code: 'invalid',
      problems: [{ note: null, field: 'version', expected: 'whole_number' }],
    });
  });

  it('checks the file\'s own fields too', () => {
    const error = errorOf('{"format":"calmline-notes","version":1,"exportedAt":"yesterday","notes":{}}');
    expect(error).toMatchObject({
      code: 'invalid',
      problems: [
        { note: null, field: 'exportedAt', expected: 'date' },
        { note: null, field: 'notes', expected: 'list' },
      ],
    });
  });
});
