/** One contact in the timeline: time, channel, institution, a one-line summary, signals and open promises. */
import { memo } from 'preact/compat';
import { useApp } from '../app/AppFrame';
import type { StringKey } from '../../utils/i18n';
import type { Note } from '../../utils/notes/note';
import { summarize } from '../../utils/notes/summary';
import { formatDateTime, formatTime } from './format';
import { SignalBadges } from './SignalBadges';

interface Props {
  note: Note;
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
}

function Entry({ note, onEdit, onDelete }: Props) {
  const { t, locale } = useApp();
  const open = note.promises.filter((p) => p.status === 'open');
  const when = formatDateTime(note.occurredAt, locale);
  return (
    <li class="entry" data-note-id={note.id}>
      <p class="entry-head">
        <time dateTime={new Date(note.occurredAt).toISOString()}>{formatTime(note.occurredAt, locale)}</time>
        <span class="channel">{t(`notesChannel_${note.channel}` as StringKey)}</span>
        <strong class={note.institution ? 'institution' : 'institution muted'}>{note.institution || t('notesNoInstitution')}</strong>
      </p>
      <p class="summary">{summarize(note) || t('notesNoWords')}</p>
      <SignalBadges signals={note.signals} />
      {open.length > 0 && (
        <ul class="open-promises">
          {open.map((p) => (
            <li key={p.id}>
              <span class="who">{t(`notesPromiseBy_${p.by}` as StringKey)}</span> {p.what}
              {p.dueAt !== null && <span class="muted"> · {t('notesPromiseDue', { date: formatDateTime(p.dueAt, locale) })}</span>}
            </li>
          ))}
        </ul>
      )}
      {note.followUpAt !== null && <p class="follow-up">{t('notesFollowUpOn', { date: formatDateTime(note.followUpAt, locale) })}</p>}
      <div class="entry-actions">
        <button type="button" class="link-button" aria-label={t('notesEditLabel', { time: when })} onClick={() => onEdit(note)}>
          {t('notesEdit')}
        </button>
        <button type="button" class="link-button" aria-label={t('notesDeleteLabel', { time: when })} onClick={() => onDelete(note)}>
          {t('notesDelete')}
        </button>
      </div>
    </li>
  );
}

/** Redrawn only when its note (or the language) changes: typing in the search box leaves most entries as they are. */
export const NoteEntry = memo(Entry);
