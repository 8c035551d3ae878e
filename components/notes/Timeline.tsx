/** Notes grouped by day, newest first, a page at a time so long histories stay quick. */
import { useApp } from '../app/AppFrame';
import { dayBounds, groupByDay } from '../../utils/notes/days';
import type { Note } from '../../utils/notes/note';
import { formatDay } from './format';
import { NoteEntry } from './NoteEntry';

interface Props {
  notes: readonly Note[];
  /** How many notes to show; the rest wait behind "Show more". */
  limit: number;
  onShowMore: () => void;
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
}

/** The first `limit` notes under day headings (Today, Yesterday, then the date), and "Show more". */
export function Timeline({ notes, limit, onShowMore, onEdit, onDelete }: Props) {
  const { t, locale } = useApp();
  const today = dayBounds(Date.now()).start;
  const yesterday = dayBounds(today - 1).start;
  const heading = (start: number) =>
    start === today ? t('notesToday') : start === yesterday ? t('notesYesterday') : formatDay(start, locale);
  const groups = groupByDay(notes.slice(0, limit));
  const left = notes.length - limit;

  return (
    <div class="timeline" aria-label={t('notesTimeline')} data-count={notes.length}>
      {groups.map((group) => (
        <section key={group.key} class="day" aria-labelledby={`day-${group.key}`}>
          <h2 id={`day-${group.key}`}>{heading(group.start)}</h2>
          <ol class="entries">
            {group.notes.map((note) => (
              <NoteEntry key={note.id} note={note} onEdit={onEdit} onDelete={onDelete} />
            ))}
          </ol>
        </section>
      ))}
      {left > 0 && (
        <button type="button" class="secondary show-more" onClick={onShowMore}>
          {t('notesShowMore', { count: left })}
        </button>
      )}
    </div>
  );
}
