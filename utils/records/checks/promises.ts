/**
 * Promises the lender or agent made and did not keep, as the person marked them,
 * and promises still open after their date. No rule is named: these are facts
 * from the notes, useful when complaining.
 */
import type { Note } from '../../notes/note';
import { type Check, finding } from '../finding';

function notesWith(notes: readonly Note[], test: (p: Note['promises'][number]) => boolean) {
  const found = notes.filter((n) => n.promises.some((p) => p.by === 'them' && test(p)));
  const count = found.reduce((sum, n) => sum + n.promises.filter((p) => p.by === 'them' && test(p)).length, 0);
  return { found, count };
}

/** Their promises marked broken, and their open promises whose date has passed. */
export const checkPromises: Check = (group, { now }) => {
  const broken = notesWith(group.notes, (p) => p.status === 'broken');
  const overdue = notesWith(group.notes, (p) => p.status === 'open' && p.dueAt !== null && p.dueAt < now);
  return [
    ...(broken.count ? [finding(group, 'broken_promise', null, broken.found, { count: broken.count })] : []),
    ...(overdue.count ? [finding(group, 'promise_overdue', null, overdue.found, { count: overdue.count })] : []),
  ];
};
