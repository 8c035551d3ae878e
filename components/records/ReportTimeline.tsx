/** Every contact with one institution, oldest first: when, how, who, what was said and promised. */
import { localeTag, type StringKey } from '../../utils/i18n';
import type { Note } from '../../utils/notes/note';
import { useApp } from '../app/AppFrame';
import { formatDate, formatDateTime } from './dates';

function Said({ label, text }: { label: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <div class="report-said">
      <dt>{label}</dt>
      <dd>{text}</dd>
    </div>
  );
}

export function ReportTimeline({ notes }: { notes: readonly Note[] }) {
  const { t, locale } = useApp();
  const key = (k: string) => t(k as StringKey);
  return (
    <ol class="report-timeline">
      {notes.map((note) => (
        <li key={note.id} id={`note-${note.id}`} class="report-entry">
          <p class="report-entry-head">
            <strong>{formatDateTime(note.occurredAt, locale)}</strong> · {key(`notesChannel_${note.channel}`)} ·{' '}
            {key(`notesDirection_${note.direction}`)}
          </p>
          <dl>
            <Said label={t('recordsReportAgent')} text={note.agent} />
            <Said label={t('recordsReportTheySaid')} text={note.theySaid} />
            <Said label={t('recordsReportISaid')} text={note.iSaid} />
            {note.amount && (
              <Said label={t('recordsReportAmount')} text={`${note.amount.value.toLocaleString(localeTag(locale))} ${note.amount.currency ?? ''}`} />
            )}
            {note.signals.length > 0 && <Said label={t('recordsReportSignals')} text={note.signals.map((s) => key(`notesSignal_${s}`)).join(locale === 'en' ? ', ' : '、')} />}
          </dl>
          {note.promises.length > 0 && (
            <div class="report-promises">
              <p class="report-label">{t('recordsReportPromises')}</p>
              <ul>
                {note.promises.map((p) => (
                  <li key={p.id}>
                    {key(`notesPromiseBy_${p.by}`)}
                    {locale === 'en' ? ': ' : '：'}
                    {p.what}
                    {p.dueAt !== null && ` — ${t('notesPromiseDue', { date: formatDate(p.dueAt, locale) })}`} — {key(`recordsPromiseStatus_${p.status}`)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
