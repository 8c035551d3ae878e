/**
 * Notes as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads
 * Chinese correctly), one row per note, promises flattened into readable lines,
 * every cell quoted as RFC 4180 requires and defused against formula injection.
 */
import type { Label } from '../analyzer/types';
import type { Channel, Direction, Note, PromiseStatus } from '../notes/note';

export const CSV_COLUMNS = [
  'occurredAt',
  'institution',
  'agent',
  'channel',
  'direction',
  'theySaid',
  'iSaid',
  'promises',
  'amount',
  'currency',
  'followUpAt',
  'tags',
  'signals',
  'source',
  'id',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The words and date formats the file is written in (the person's language). */
export interface CsvLabels {
  headers: Record<CsvColumn, string>;
  channel(channel: Channel): string;
  direction(direction: Direction): string;
  by(by: 'me' | 'them'): string;
  status(status: PromiseStatus): string;
  signal(label: Label): string;
  /** "by {date}" for a promise's due date. */
  dueBy(date: string): string;
  /** What follows "They promised": `: ` in English, `：` in Chinese. */
  colon: string;
  dateTime(ms: number): string;
  date(ms: number): string;
}

export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * One cell, quoted when it must be. A spreadsheet runs a cell starting with = + - @
 * (or a tab or carriage return before one) as a formula; such cells get a leading
 * apostrophe, which spreadsheets show as plain text.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function promiseLines(note: Note, labels: CsvLabels): string {
  return note.promises
    .map((p) => {
      const due = p.dueAt === null ? '' : ` — ${labels.dueBy(labels.date(p.dueAt))}`;
      return `${labels.by(p.by)}${labels.colon}${p.what}${due} — ${labels.status(p.status)}`;
    })
    .join('\n');
}

function cells(note: Note, labels: CsvLabels): Record<CsvColumn, string> {
  return {
    occurredAt: labels.dateTime(note.occurredAt),
    institution: note.institution,
    agent: note.agent,
    channel: labels.channel(note.channel),
    direction: labels.direction(note.direction),
    theySaid: note.theySaid,
    iSaid: note.iSaid,
    promises: promiseLines(note, labels),
    amount: note.amount === null ? '' : String(note.amount.value),
    currency: note.amount?.currency ?? '',
    followUpAt: note.followUpAt === null ? '' : labels.date(note.followUpAt),
    tags: note.tags.join('; '),
    signals: note.signals.map((s) => labels.signal(s)).join('; '),
    source: note.source?.url ?? '',
    id: note.id,
  };
}

const row = (values: Record<CsvColumn, string>) => `${CSV_COLUMNS.map((c) => csvCell(values[c])).join(',')}\r\n`;

/** The header line, after the byte-order mark. */
export function csvHeader(labels: CsvLabels): string {
  return BYTE_ORDER_MARK + row(labels.headers);
}

/** One CSV row for a note. */
export function csvRow(note: Note, labels: CsvLabels): string {
  return row(cells(note, labels));
}

/** The CSV file as chunks: the header, then one chunk per page of notes. */
export async function* csvChunks(pages: AsyncIterable<readonly Note[]>, labels: CsvLabels): AsyncGenerator<string> {
  yield csvHeader(labels);
  for await (const page of pages) {
    if (page.length > 0) yield page.map((note) => csvRow(note, labels)).join('');
  }
}
