/** The less urgent fields of a note, folded away until wanted: amount and tags. */
import { useApp } from '../app/AppFrame';
import { CURRENCIES, type Currency } from '../../utils/analyzer/types';
import type { NoteForm } from '../../utils/notes/form';
import { TextField } from './TextField';

interface Props {
  form: NoteForm;
  set: <K extends keyof NoteForm>(key: K, value: NoteForm[K]) => void;
  invalid: (field: string) => boolean;
}

/** Amount, currency and tags, open by themselves when they hold something or a problem. */
export function EditorDetails({ form, set, invalid }: Props) {
  const { t } = useApp();
  const open = Boolean(form.amountValue || form.tags || invalid('amount') || invalid('tags'));
  return (
    <details class="details" open={open}>
      <summary>{t('editorMoreDetails')}</summary>
      <div class="field-row">
        <TextField
          id="note-amount"
          inputMode="decimal"
          label={t('editorField_amount')}
          value={form.amountValue}
          invalid={invalid('amount')}
          onChange={(v) => set('amountValue', v)}
        />
        <div class="field">
          <label for="note-currency">{t('editorCurrency')}</label>
          <select id="note-currency" value={form.amountCurrency} onChange={(e) => set('amountCurrency', e.currentTarget.value as Currency | '')}>
            <option value="">{t('editorCurrencyNone')}</option>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextField
        id="note-tags"
        label={t('editorField_tags')}
        hint={t('editorTagsHint')}
        value={form.tags}
        invalid={invalid('tags')}
        onChange={(v) => set('tags', v)}
      />
    </details>
  );
}
