/** Promises made during the contact: who, what, by when, and whether it was kept. */
import { useEffect, useRef } from 'preact/hooks';
import { useApp } from '../app/AppFrame';
import type { StringKey } from '../../utils/i18n';
import type { PromiseRow } from '../../utils/notes/form';
import { PROMISE_STATUSES } from '../../utils/notes/note';

interface Props {
  rows: PromiseRow[];
  /** Receives a change to apply to the rows as they are now (several may come before a render). */
  onChange: (update: (rows: PromiseRow[]) => PromiseRow[]) => void;
  invalid: boolean;
}

/** One editable row per promise, and a button that adds one and puts the focus in it. */
export function PromiseRows({ rows, onChange, invalid }: Props) {
  const { t } = useApp();
  const lastWhat = useRef<HTMLInputElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (added.current) lastWhat.current?.focus();
    added.current = false;
  }, [rows.length]);

  const edit = (id: string, change: Partial<PromiseRow>) =>
    onChange((now) => now.map((row) => (row.id === id ? { ...row, ...change } : row)));
  const add = () => {
    added.current = true;
    onChange((now) => [...now, { id: crypto.randomUUID(), by: 'them', what: '', dueAt: '', status: 'open' }]);
  };

  return (
    <fieldset class="promises" aria-invalid={invalid}>
      <legend>{t('editorField_promises')}</legend>
      {rows.map((row, i) => {
        const id = (part: string) => `promise-${row.id}-${part}`;
        return (
          <fieldset key={row.id} class="promise-row">
            <legend class="visually-hidden">{t('editorPromiseNumber', { number: i + 1 })}</legend>
            <label for={id('by')}>{t('editorPromiseWho')}</label>
            <select id={id('by')} value={row.by} onChange={(e) => edit(row.id, { by: e.currentTarget.value as PromiseRow['by'] })}>
              <option value="them">{t('editorPromiseBy_them')}</option>
              <option value="me">{t('editorPromiseBy_me')}</option>
            </select>
            <label for={id('what')}>{t('editorPromiseWhat')}</label>
            <input
              id={id('what')}
              ref={i === rows.length - 1 ? lastWhat : undefined}
              value={row.what}
              onInput={(e) => edit(row.id, { what: e.currentTarget.value })}
            />
            <label for={id('due')}>{t('editorPromiseDue')}</label>
            <input id={id('due')} type="datetime-local" value={row.dueAt} onInput={(e) => edit(row.id, { dueAt: e.currentTarget.value })} />
            <label for={id('status')}>{t('editorPromiseStatus')}</label>
            <select
              id={id('status')}
              value={row.status}
              onChange={(e) => edit(row.id, { status: e.currentTarget.value as PromiseRow['status'] })}
            >
              {PROMISE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`editorPromiseStatus_${status}` as StringKey)}
                </option>
              ))}
            </select>
            <button type="button" class="link-button" onClick={() => onChange((now) => now.filter((r) => r.id !== row.id))}>
              {t('editorRemovePromise')}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="secondary" onClick={add}>
        {t('editorAddPromise')}
      </button>
    </fieldset>
  );
}
