/**
 * "New contact" and "Edit": quick enough to fill in while still on the phone.
 * Focus lands on the first thing to type, the time is already filled in, channel
 * and institution are one click, and Ctrl/Cmd+Enter saves. Whatever goes wrong,
 * the form keeps what was typed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../app/AppFrame';
import { toStoreError } from '../../utils/db/errors';
import { draftFromForm, formFromNote, type NoteForm } from '../../utils/notes/form';
import type { Note, NoteDraft } from '../../utils/notes/note';
import { checkDraft, type DraftProblem } from '../../utils/notes/validate';
import { ChannelPicker, DirectionPicker } from './ChannelPicker';
import { EditorDetails } from './EditorDetails';
import { InstitutionField } from './InstitutionField';
import { ProblemList } from './ProblemList';
import { PromiseRows } from './PromiseRows';
import { SignalBadges } from './SignalBadges';
import { TextAreaField, TextField } from './TextField';
import { saveChanges, saveNewNote } from './note-actions';
import { problemField, storeErrorText } from './problem-text';

interface Props {
  /** The note being edited, or null for a new one. */
  noteId: string | null;
  initial: Note | NoteDraft;
  institutions: readonly string[];
  onSaved: (note: Note) => void;
  onCancel: () => void;
}

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** The form for a new or existing note; calls onSaved only once the note is stored. */
export function NoteEditor({ noteId, initial, institutions, onSaved, onCancel }: Props) {
  const { t } = useApp();
  const [form, setForm] = useState<NoteForm>(() => formFromNote(initial, Date.now()));
  // What the inputs hold this instant: a quick Ctrl+Enter must not save an older render's fields.
  const current = useRef(form);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const institutionRef = useRef<HTMLInputElement>(null);
  const theySaidRef = useRef<HTMLTextAreaElement>(null);
  const iSaidRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const first = !form.institution ? institutionRef : !form.theySaid ? theySaidRef : iSaidRef;
    first.current?.focus();
    // Only when the editor opens: later edits must not move the focus.
  }, []);

  const set = <K extends keyof NoteForm>(key: K, value: NoteForm[K]) => {
    current.current = { ...current.current, [key]: value };
    setForm(current.current);
  };
  const invalid = (field: string) => problems.some((p) => problemField(p) === field);

  const showProblems = (found: DraftProblem[]) => {
    setProblems(found);
    setFailure(null);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('#note-problems')?.focus());
  };

  const save = async () => {
    if (saving) return;
    const { draft, problems: unreadable } = draftFromForm(current.current);
    const check = checkDraft(draft, Date.now());
    const found = [...unreadable, ...(check.ok ? [] : check.problems)];
    if (found.length) return showProblems(found);
    setSaving(true);
    try {
      onSaved(noteId ? await saveChanges(noteId, draft) : await saveNewNote(draft));
    } catch (caught) {
      const error = toStoreError(caught);
      if (error.kind === 'invalid') showProblems([...error.problems]);
      else {
        setProblems([]);
        setFailure(storeErrorText(error, t));
      }
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    // The browser's own validation bubbles are replaced by the plain-words list above the fields.
    <form
      ref={formRef}
      noValidate
      class="editor"
      aria-labelledby="note-editor-title"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="note-editor-title">{t(noteId ? 'editorEditTitle' : 'editorNewTitle')}</h2>
      <ProblemList problems={problems} failure={failure} />
      <TextField
        id="note-when"
        type="datetime-local"
        required
        label={t('editorField_occurredAt')}
        value={form.occurredAt}
        invalid={invalid('occurredAt')}
        onChange={(v) => set('occurredAt', v)}
      />
      <ChannelPicker value={form.channel} onChange={(v) => set('channel', v)} />
      <InstitutionField
        value={form.institution}
        known={institutions}
        invalid={invalid('institution')}
        inputRef={institutionRef}
        onChange={(v) => set('institution', v)}
      />
      <TextField id="note-agent" label={t('editorField_agent')} value={form.agent} invalid={invalid('agent')} onChange={(v) => set('agent', v)} />
      <DirectionPicker value={form.direction} onChange={(v) => set('direction', v)} />
      <TextAreaField
        id="note-they-said"
        areaRef={theySaidRef}
        rows={4}
        label={t('editorField_theySaid')}
        value={form.theySaid}
        invalid={invalid('theySaid')}
        onChange={(v) => set('theySaid', v)}
      />
      {form.signals.length > 0 && (
        <div class="field">
          <span class="label">{t('editorSignals')}</span>
          <SignalBadges signals={form.signals} />
        </div>
      )}
      <TextAreaField
        id="note-i-said"
        areaRef={iSaidRef}
        rows={3}
        label={t('editorField_iSaid')}
        value={form.iSaid}
        invalid={invalid('iSaid')}
        onChange={(v) => set('iSaid', v)}
      />
      <PromiseRows rows={form.promises} invalid={invalid('promises')} onChange={(update) => set('promises', update(current.current.promises))} />
      <TextField
        id="note-follow-up"
        type="datetime-local"
        label={t('editorField_followUpAt')}
        value={form.followUpAt}
        invalid={invalid('followUpAt')}
        onChange={(v) => set('followUpAt', v)}
      />
      <EditorDetails form={form} set={set} invalid={invalid} />
      {form.source && (
        <p class="source">
          {t('editorField_source')}: <span>{form.source.title || form.source.url}</span>
        </p>
      )}
      <div class="editor-actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? t('editorSaving') : t('save')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
        <span class="hint">{t('editorSaveHint', { keys: isMac() ? '⌘ + Enter' : 'Ctrl + Enter' })}</span>
      </div>
    </form>
  );
}
