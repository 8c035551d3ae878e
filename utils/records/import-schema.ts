/**
 * The whole import file, as a valibot schema: the envelope, every note (the same
 * rules the notes store uses) and ids unique within the file. Its issues are turned
 * into problems that name the note, the field and what was expected.
 */
import * as v from 'valibot';
import { NoteSchema } from '../notes/note-schema';
import type { Expectation, ImportProblem } from './import-errors';
import { FORMAT_NAME, FORMAT_VERSION } from './export-format';

const NotesSchema = v.pipe(
  v.array(NoteSchema),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    dataset.value.forEach((note, index) => {
      if (!seen.has(note.id)) return void seen.add(note.id);
      addIssue({
        message: `Note id ${note.id} appears twice`,
        path: [{ type: 'array', origin: 'value', input: dataset.value, key: index, value: note }],
      });
    });
  }),
);

/** A complete export file at the current format version. */
export const ImportFileSchema = v.strictObject({
  format: v.literal(FORMAT_NAME),
  version: v.literal(FORMAT_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  notes: NotesSchema,
});

const TIME_FIELDS = new Set(['occurredAt', 'createdAt', 'updatedAt', 'deletedAt', 'followUpAt', 'dueAt', 'exportedAt']);

function expectation(issue: v.BaseIssue<unknown>, isTime: boolean): { expected: Expectation; detail: string | null } {
  const requirement = issue.requirement;
  switch (issue.type) {
    case 'object':
    case 'strict_object':
      if (issue.expected === 'never') return { expected: 'absent', detail: null };
      if (issue.input === undefined && issue.path?.length) return { expected: 'present', detail: null };
      return { expected: 'fields', detail: null };
    case 'array':
      return { expected: 'list', detail: null };
    case 'string':
      return { expected: 'text', detail: null };
    case 'number':
    case 'finite':
      return { expected: isTime ? 'date' : 'number', detail: null };
    case 'integer':
    case 'iso_timestamp':
      return { expected: isTime ? 'date' : 'whole_number', detail: null };
    case 'min_value':
    case 'max_value':
      if (isTime) return { expected: 'date', detail: null };
      return issue.type === 'min_value' ? { expected: 'zero_or_more', detail: null } : { expected: 'at_most', detail: String(requirement) };
    case 'max_length':
      return { expected: 'at_most', detail: String(requirement) };
    case 'picklist':
    case 'literal':
      // valibot writes the options as `("a" | "b")`; a person reads `a, b`.
      return { expected: 'one_of', detail: (issue.expected ?? '').replace(/[()"]/g, '').split(' | ').join(', ') };
    case 'raw_check':
      return { expected: 'unique_id', detail: null };
    default:
      return { expected: 'valid', detail: null };
  }
}

/** Names where an issue lies (which note, which field) and what the field should hold. */
export function describeIssue(issue: v.BaseIssue<unknown>): ImportProblem {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const inNote = keys[0] === 'notes' && typeof keys[1] === 'number';
  const note = inNote ? (keys[1] as number) : null;
  const fieldKeys = inNote ? keys.slice(2) : keys;
  if (issue.type === 'raw_check') fieldKeys.push('id');
  const last = fieldKeys[fieldKeys.length - 1];
  const isTime = typeof last === 'string' && TIME_FIELDS.has(last);
  return { note, field: fieldKeys.join('.'), ...expectation(issue, isTime) };
}
