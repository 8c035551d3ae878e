/** Follow-ups and open promises due soon or overdue, each settled in one click. */
import { useState } from 'preact/hooks';
import { useApp } from '../app/AppFrame';
import type { StringKey } from '../../utils/i18n';
import type { DueItem } from '../../utils/notes/due';
import type { Note, NoteDraft } from '../../utils/notes/note';
import { formatDateTime } from './format';

interface Props {
  items: readonly DueItem[];
  now: number;
  onChange: (note: Note, change: NoteDraft) => void;
  onOpen: (note: Note) => void;
}

/** How many items show before "Show all". */
const FIRST = 5;

/** "Coming up": nothing when nothing is due, else the first few items with their one-click actions. */
export function DueList({ items, now, onChange, onOpen }: Props) {
  const { t, locale } = useApp();
  const [all, setAll] = useState(false);
  if (items.length === 0) return null;
  const shown = all ? items : items.slice(0, FIRST);

  const describe = (item: DueItem) =>
    item.kind === 'follow-up'
      ? item.note.institution
        ? t('notesDueFollowUp', { institution: item.note.institution })
        : t('notesDueFollowUpPlain')
      : t(`notesDuePromise_${item.promise.by}` as StringKey, { what: item.promise.what });

  const settle = (item: DueItem & { kind: 'promise' }, status: 'kept' | 'broken') =>
    onChange(item.note, { promises: item.note.promises.map((p) => (p.id === item.promise.id ? { ...p, status } : p)) });

  return (
    <section class="due" aria-labelledby="notes-due-title">
      <h2 id="notes-due-title">{t('notesDueTitle')}</h2>
      <ul>
        {shown.map((item) => {
          const date = formatDateTime(item.at, locale);
          return (
            <li key={`${item.note.id}:${item.kind === 'promise' ? item.promise.id : 'follow-up'}`} class={item.at < now ? 'overdue' : ''}>
              <span class="due-what">{describe(item)}</span>
              <span class="muted"> · {item.at < now ? t('notesDuePast', { date }) : t('notesDueAt', { date })}</span>
              <span class="due-actions">
                {item.kind === 'follow-up' ? (
                  <button type="button" class="link-button" aria-label={t('notesDueDoneLabel')} onClick={() => onChange(item.note, { followUpAt: null })}>
                    {t('notesDueDone')}
                  </button>
                ) : (
                  <>
                    <button type="button" class="link-button" onClick={() => settle(item, 'kept')}>
                      {t('notesDueKept')}
                    </button>
                    <button type="button" class="link-button" onClick={() => settle(item, 'broken')}>
                      {t('notesDueBroken')}
                    </button>
                  </>
                )}
                <button type="button" class="link-button" onClick={() => onOpen(item.note)}>
                  {t('notesDueOpen')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {shown.length < items.length && (
        <button type="button" class="link-button" onClick={() => setAll(true)}>
          {t('notesDueShowAll', { count: items.length })}
        </button>
      )}
    </section>
  );
}
