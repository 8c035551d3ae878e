/**
 * Writes the JSON export piece by piece: one string per page of notes, never the
 * whole file as one string, so a large export stays within bounded memory (the
 * caller gathers the pieces into a Blob).
 */
import type { Note } from '../notes/note';
import { ENVELOPE_TAIL, envelopeHead, serializeNote } from './export-format';

/** The export file as a sequence of text chunks: head, one chunk per page of notes, tail. */
export async function* jsonExportChunks(pages: AsyncIterable<readonly Note[]>, exportedAt: number): AsyncGenerator<string> {
  yield envelopeHead(exportedAt);
  let first = true;
  for await (const page of pages) {
    if (page.length === 0) continue;
    let chunk = '';
    for (const note of page) {
      // One note per line: a person can read the file, and a parse error's line points at one note.
      chunk += `${first ? '' : ','}\n${serializeNote(note)}`;
      first = false;
    }
    yield chunk;
  }
  yield ENVELOPE_TAIL;
}
