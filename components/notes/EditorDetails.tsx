/** The less urgent fields of a note, folded away until wanted: amount and tags. */
import { useApp } from '../app/AppFrame';
import { CURRENCIES, type Currency } from '../../utils/analyzer/types';
import type { NoteForm } from '../../utils/notes/form';

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
        <div class="field">
          <label for="note-amount">{t('editorField_amount')}</label>
          <input
            id="note-amount"
            inputMode="decimal"
            value={form.amountValue}
            aria-invalid={invalid('amount')}
            onInput={(e) => set('amountValue', e.currentTarget.value)}
          />
        </div>
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
      <div class="field">
        <label for="note-tags">{t('editorField_tags')}</label>
        <input
          id="note-tags"
          value={form.tags}
          aria-invalid={invalid('tags')}
          aria-describedby="note-tags-hint"
          onInput={(e) => set('tags', e.currentTarget.value)}
        />
        <p class="hint" id="note-tags-hint">
          {t('editorTagsHint')}
        </p>
      </div>
    </details>
  );
}
