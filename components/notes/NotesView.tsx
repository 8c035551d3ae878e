/**
 * The notes view: new contact, paste a message, search and filters, what is due,
 * and the timeline. Everything shown follows the database live.
 */
import { Suspense, lazy } from 'preact/compat';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useApp } from '../app/AppFrame';
import { toStoreError } from '../../utils/db/errors';
import { getDatabase } from '../../utils/db/instance';
import { getNote } from '../../utils/db/notes-repository';
import { dueSoon } from '../../utils/notes/due';
import { NO_FILTER_FIELDS, filterFromFields, isFilterEmpty } from '../../utils/notes/filter';
import { institutionsByRecency } from '../../utils/notes/institutions';
import type { Note, NoteDraft } from '../../utils/notes/note';
import type { SidePanelRequest } from '../../utils/side-panel-request';
import { DAY_MS } from '../../utils/time-units';
import { DueList } from './DueList';
import { EmptyState } from './EmptyState';
import { NoteEditor } from './NoteEditor';
import { SearchBar } from './SearchBar';
import { StatusBar, type Status } from './StatusBar';
import { Timeline } from './Timeline';
import { keepStorageIfNeeded, removeNote, saveChanges, undoRemove } from './note-actions';
import { storeErrorText } from './problem-text';
import { useLiveNotes } from './use-live-notes';
import { useNoteSearch } from './use-note-search';
import { useReminderSchedule } from './use-reminder-schedule';
import './notes.css';
import './timeline.css';

// The analyzer is loaded only when someone opens the paste box, not with the panel.
const PasteBox = lazy(() => import('./PasteBox').then((m) => m.PasteBox));

const PAGE = 30;
/** "Coming up" looks a week ahead, and back a month for what was missed. */
const DUE_HORIZON_MS = 7 * DAY_MS;
const DUE_LOOKBACK_MS = 30 * DAY_MS;

interface Editing {
  noteId: string | null;
  initial: Note | NoteDraft;
}

interface Props {
  request: SidePanelRequest | null;
  onRequestHandled: () => void;
}

const focusSoon = (selector: string) => requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

/** The notes view, acting on a request from the popup or background when no editor is open. */
export function NotesView({ request, onRequestHandled }: Props) {
  const { t } = useApp();
  const { notes, preview, error } = useLiveNotes(PAGE);
  const [query, setQuery] = useState('');
  const [fields, setFields] = useState(NO_FILTER_FIELDS);
  const [limit, setLimit] = useState(PAGE);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [pasting, setPasting] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const filter = useMemo(() => filterFromFields(fields), [fields]);
  const results = useNoteSearch(notes, query, filter);
  const institutions = useMemo(() => (notes ? institutionsByRecency(notes) : []), [notes]);
  const due = useMemo(() => (notes ? dueSoon(notes, Date.now(), DUE_HORIZON_MS, DUE_LOOKBACK_MS) : []), [notes]);
  const hasNotes = (notes?.length ?? 0) > 0;
  useReminderSchedule(notes);
  useEffect(() => {
    if (hasNotes) keepStorageIfNeeded();
  }, [hasNotes]);

  // A request from the popup or the background waits while an editor is open,
  // so nothing typed there is lost.
  useEffect(() => {
    if (!request || editing || !notes) return;
    if (request.kind === 'new-note') {
      setEditing({ noteId: null, initial: { source: request.source } });
      onRequestHandled();
      return;
    }
    const found = notes.find((n) => n.id === request.noteId);
    if (found) {
      setEditing({ noteId: found.id, initial: found });
      onRequestHandled();
      return;
    }
    void getNote(getDatabase(), request.noteId).then((note) => {
      if (note && note.deletedAt === null) setEditing({ noteId: note.id, initial: note });
      onRequestHandled();
    });
  }, [request, editing, notes, onRequestHandled]);

  const report = useCallback((caught: unknown) => setStatus({ text: storeErrorText(toStoreError(caught), t) }), [t]);

  const closeEditor = (focus: string) => {
    setEditing(null);
    focusSoon(focus);
  };

  // Stable between keystrokes, so timeline entries that did not change are not redrawn.
  const remove = useCallback(
    (note: Note) =>
      removeNote(note.id).then(() => {
        setStatus({
          text: t('notesDeleted'),
          undo: () => undoRemove(note.id).then(() => setStatus({ text: t('notesRestored') }), report),
        });
        focusSoon('.status button');
      }, report),
    [t, report],
  );

  const edit = useCallback((note: Note) => setEditing({ noteId: note.id, initial: note }), []);

  const change = (note: Note, draft: NoteDraft) => saveChanges(note.id, draft).then(() => undefined, report);

  const searching = query.trim() !== '' || !isFilterEmpty(filter);

  return (
    <div class="notes-view">
      {editing ? (
        <NoteEditor
          key={editing.noteId ?? 'new'}
          noteId={editing.noteId}
          initial={editing.initial}
          institutions={institutions}
          onSaved={(note) => {
            setStatus({ text: t('notesSaved') });
            closeEditor(editing.noteId ? `[data-note-id="${note.id}"] button` : '#notes-new');
          }}
          onCancel={() => closeEditor(editing.noteId ? `[data-note-id="${editing.noteId}"] button` : '#notes-new')}
        />
      ) : (
        <>
          <div class="notes-actions">
            <button id="notes-new" type="button" class="primary" onClick={() => setEditing({ noteId: null, initial: {} })}>
              {t('notesNewContact')}
            </button>
            <button type="button" class="secondary" aria-expanded={pasting} onClick={() => setPasting((p) => !p)}>
              {t('notesPasteMessage')}
            </button>
          </div>
          {pasting && (
            <Suspense fallback={<p class="muted">{t('notesLoading')}</p>}>
              <PasteBox onSaved={() => setStatus({ text: t('notesPasteSaved') })} onError={report} />
            </Suspense>
          )}
          {notes === null || results === null ? (
            preview?.length ? (
              <Timeline notes={preview} limit={PAGE} onShowMore={() => undefined} onEdit={edit} onDelete={remove} />
            ) : (
              <p class="muted">{t('notesLoading')}</p>
            )
          ) : !hasNotes ? (
            <EmptyState onStart={() => setEditing({ noteId: null, initial: {} })} />
          ) : (
            <>
              <SearchBar
                query={query}
                filter={fields}
                institutions={institutions}
                onQuery={(q) => {
                  setQuery(q);
                  setLimit(PAGE);
                }}
                onFilter={(f) => {
                  setFields(f);
                  setLimit(PAGE);
                }}
              />
              {searching ? (
                <p class="results-count" role="status">
                  {results.length === 1 ? t('notesResultsOne') : t('notesResultsMany', { count: results.length })}
                </p>
              ) : (
                <DueList
                  items={due}
                  now={Date.now()}
                  onChange={change}
                  onOpen={edit}
                />
              )}
              {results.length === 0 ? (
                <p class="muted">{t('notesNoResults')}</p>
              ) : (
                <Timeline
                  notes={results}
                  limit={limit}
                  onShowMore={() => setLimit((l) => l + PAGE)}
                  onEdit={edit}
                  onDelete={remove}
                />
              )}
            </>
          )}
        </>
      )}
      <StatusBar status={status} onDismiss={() => setStatus(null)} />
      {error && (
        <p class="problems" role="alert">
          {storeErrorText(error, t)}
        </p>
      )}
    </div>
  );
}
