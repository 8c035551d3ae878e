import { describe, expect, it } from 'vitest';
import type { Note } from '../../../utils/notes/note';
import { BYTE_ORDER_MARK, CSV_COLUMNS, csvCell, csvChunks, type CsvLabels } from '../../../utils/records/csv';
import { makeNote } from './fixtures';

const labels: CsvLabels = {
  headers: Object.fromEntries(CSV_COLUMNS.map((c) => [c, c === 'theySaid' ? '对方说' : c])) as CsvLabels['headers'],
  channel: (c) => `ch:${c}`,
  direction: (d) => `dir:${d}`,
  by: (by) => (by === 'them' ? 'They' : 'Me'),
  status: (s) => s,
  signal: (l) => `sig:${l}`,
  dueBy: (date) => `by ${date}`,
  colon: ': ',
  dateTime: (ms) => new Date(ms).toISOString().slice(0, 16).replace('T', ' '),
  date: (ms) => new Date(ms).toISOString().slice(0, 10),
};

async function csv(notes: Note[]): Promise<string> {
  async function* pages() {
    yield notes;
  }
  let text = '';
  for await (const chunk of csvChunks(pages(), labels)) text += chunk;
  return text;
}

/** A small RFC 4180 reader, to check that what was written reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('CSV export', () => {
  it('starts with a byte-order mark and a header row, then one row per note', async () => {
    const text = await csv([makeNote(), makeNote()]);
    expect(text.startsWith(BYTE_ORDER_MARK)).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveLength(CSV_COLUMNS.length);
    expect(rows[0]![CSV_COLUMNS.indexOf('theySaid')]).toBe('对方说');
  });

  it('quotes commas, quotes and newlines so they read back unchanged', async () => {
    const theySaid = 'Pay "now", or else\nwe call again\r\n— 今天，必须还款';
    const rows = parseCsv((await csv([makeNote({ theySaid, agent: 'Wang, #32' })])).slice(1));
    expect(rows[1]![CSV_COLUMNS.indexOf('theySaid')]).toBe(theySaid);
    expect(rows[1]![CSV_COLUMNS.indexOf('agent')]).toBe('Wang, #32');
  });

  it.each(['=HYPERLINK("http://x")', '+1 555 0100', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('defuses a cell starting %j', (value) => {
    expect(csvCell(value).replace(/^"|"$/g, '').startsWith("'")).toBe(true);
  });

  it('leaves ordinary cells as they are', () => {
    expect(csvCell('Acme Credit')).toBe('Acme Credit');
    expect(csvCell('2026-03-01 10:00')).toBe('2026-03-01 10:00');
    expect(csvCell('')).toBe('');
  });

  it('flattens promises into one readable line each, and lists tags and signals', async () => {
    const note = makeNote({
      promises: [
        { id: 'a', by: 'them', what: 'send the instalment plan', dueAt: Date.UTC(2026, 2, 10), status: 'broken' },
        { id: 'b', by: 'me', what: 'pay 500', dueAt: null, status: 'kept' },
      ],
      tags: ['plan', '分期'],
      signals: ['deadline', 'abuse'],
      amount: { value: 3500.5, currency: 'CNY' },
    });
    const [, row] = parseCsv((await csv([note])).slice(1));
    const cell = (c: (typeof CSV_COLUMNS)[number]) => row![CSV_COLUMNS.indexOf(c)];
    expect(cell('promises')).toBe('They: send the instalment plan — by 2026-03-10 — broken\nMe: pay 500 — kept');
    expect(cell('tags')).toBe('plan; 分期');
    expect(cell('signals')).toBe('sig:deadline; sig:abuse');
    expect([cell('amount'), cell('currency'), cell('channel'), cell('id')]).toEqual(['3500.5', 'CNY', 'ch:phone', note.id]);
  });
});
