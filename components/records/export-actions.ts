/**
 * Export, from the database to a saved file: notes read page by page, written
 * as chunks, folded into a Blob. A full JSON export is remembered as the last
 * backup; a partial one is not, so the reminder stays honest.
 */
import type { Locale, StringKey } from '../../utils/i18n';
import type { CalmLineDatabase } from '../../utils/db/database';
import { readNotePages, recordExport } from '../../utils/db/backup';
import type { Note } from '../../utils/notes/note';
import { csvChunks } from '../../utils/records/csv';
import type { ExportScope } from '../../utils/records/export-scope';
import { jsonExportChunks } from '../../utils/records/json-export';
import { csvLabels } from './csv-labels';
import { blobFromChunks, exportFileName, saveBlob } from './download';

type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

export interface ExportResult {
  count: number;
  file: string;
}

/** Passes pages through, counting the notes. */
async function* counted(pages: AsyncIterable<Note[]>, tally: { count: number }): AsyncGenerator<Note[]> {
  for await (const page of pages) {
    tally.count += page.length;
    yield page;
  }
}

/** Does the scope hold every note (so the file is a full backup)? */
export const isEverything = (scope: ExportScope) => scope.institution === null && scope.from === null && scope.until === null;

/** Saves the notes in scope as a JSON backup file. */
export async function exportJson(db: CalmLineDatabase, scope: ExportScope, now: number, document: Document): Promise<ExportResult> {
  const tally = { count: 0 };
  const blob = await blobFromChunks(jsonExportChunks(counted(readNotePages(db, scope), tally), now), 'application/json');
  const file = exportFileName('json', new Date(now));
  saveBlob(blob, file, document);
  if (isEverything(scope) && scope.includeDeleted) await recordExport(db, now);
  return { count: tally.count, file };
}

/** Saves the live notes in scope as a CSV file for spreadsheets. */
export async function exportCsv(
  db: CalmLineDatabase,
  scope: ExportScope,
  language: { t: Translate; locale: Locale },
  now: number,
  document: Document,
): Promise<ExportResult> {
  const tally = { count: 0 };
  const pages = counted(readNotePages(db, { ...scope, includeDeleted: false }), tally);
  const blob = await blobFromChunks(csvChunks(pages, csvLabels(language.t, language.locale)), 'text/csv;charset=utf-8');
  const file = exportFileName('csv', new Date(now));
  saveBlob(blob, file, document);
  return { count: tally.count, file };
}

