/**
 * One finding: what the notes show, the rule it is compared with (its words, its
 * source, how sure CalmLine is of it), and the notes behind it.
 */
import type { ComponentChildren } from 'preact';
import type { StringKey } from '../../utils/i18n';
import type { Note } from '../../utils/notes/note';
import type { Finding } from '../../utils/records/finding';
import { useApp } from '../app/AppFrame';
import { formatDateTime } from './dates';
import { certaintyText, findingHeadline } from './finding-text';

interface Props {
  finding: Finding;
  notesById: ReadonlyMap<string, Note>;
  /** One of the notes behind it, shown by its time: a link in the report, the time and a button in the side panel. */
  noteLink: (note: Note, time: string) => ComponentChildren;
  /** Show the notes behind it without a disclosure (the printed report). */
  expanded?: boolean;
}

export function FindingCard({ finding, notesById, noteLink, expanded = false }: Props) {
  const { t, locale } = useApp();
  const { rule } = finding;
  const notes = finding.noteIds.map((id) => notesById.get(id)).filter((n): n is Note => n !== undefined);
  const list = (
    <ul class="records-finding-notes">
      {notes.map((note) => {
        const time = formatDateTime(note.occurredAt, locale);
        return (
          <li key={note.id}>
            {noteLink(note, time)} <span class="records-muted">{t(`notesChannel_${note.channel}` as StringKey)}</span>
            {note.theySaid.trim() && <q class="records-excerpt">{excerpt(note.theySaid)}</q>}
          </li>
        );
      })}
    </ul>
  );
  return (
    <article class={`records-finding records-finding-${rule?.certainty ?? 'fact'}`} data-kind={finding.kind}>
      <h4 class="records-finding-title">{findingHeadline(finding, t, locale)}</h4>
      {rule && <p class="records-rule">{rule.summary[locale]}</p>}
      {finding.kind === 'calls_per_day' && rule?.id === 'CN.calls-per-day' && <p class="records-muted">{t('recordsCallsCaveat')}</p>}
      <dl class="records-rule-meta">
        {rule && (
          <>
            <dt>{t('recordsSource')}</dt>
            <dd>{rule.source[locale]}</dd>
          </>
        )}
        <dt>{t('recordsCertainty')}</dt>
        <dd>{certaintyText(finding, t)}</dd>
      </dl>
      {expanded ? (
        list
      ) : (
        <details>
          <summary>{t('recordsNotesBehind', { count: notes.length })}</summary>
          {list}
        </details>
      )}
    </article>
  );
}

/** The start of what they said, enough to recognise the contact. */
function excerpt(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > 120 ? `${chars.slice(0, 119).join('')}…` : chars.join('');
}
