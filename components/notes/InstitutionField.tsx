/** The lender or agency: type with suggestions from earlier notes, or pick a recent one in one click. */
import type { Ref } from 'preact';
import { useApp } from '../app/AppFrame';

interface Props {
  value: string;
  known: readonly string[];
  onChange: (value: string) => void;
  invalid: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

const RECENT = 4;

/** The institution input with its suggestions and up to four recent names as buttons. */
export function InstitutionField({ value, known, onChange, invalid, inputRef }: Props) {
  const { t } = useApp();
  const recent = known.slice(0, RECENT).filter((name) => name !== value);
  return (
    <div class="field">
      <label for="note-institution">{t('editorField_institution')}</label>
      <input
        id="note-institution"
        ref={inputRef}
        list="note-institutions"
        autocomplete="off"
        value={value}
        aria-invalid={invalid}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      <datalist id="note-institutions">
        {known.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {recent.length > 0 && (
        <div class="recent" role="group" aria-label={t('editorRecentInstitutions')}>
          {recent.map((name) => (
            <button key={name} type="button" class="chip-button" onClick={() => onChange(name)}>
              {name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
