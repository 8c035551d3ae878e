/** Which notes an export covers: every institution or one, and an optional period. */
import { useId } from 'preact/hooks';
import { endOfDateInput, fromDateTimeInput, toDateInput } from '../../utils/notes/local-time';
import type { ExportScope } from '../../utils/records/export-scope';
import { useApp } from '../app/AppFrame';

interface Props {
  scope: ExportScope;
  /** The institutions to offer, folded (see institutionChoices). */
  institutions: readonly { key: string; name: string }[];
  onChange: (next: ExportScope) => void;
}

export function ScopePicker({ scope, institutions, onChange }: Props) {
  const { t } = useApp();
  const id = useId();
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <details class="records-scope">
      <summary>{t('recordsScopeTitle')}</summary>
      <p class="records-muted">{t('recordsScopeHint')}</p>
      <div class="records-controls">
        <div class="records-field">
          <label for={`${id}-institution`}>{t('recordsInstitution')}</label>
          <select
            id={`${id}-institution`}
            value={scope.institution ?? ''}
            onChange={(e) => onChange({ ...scope, institution: value(e) || null })}
          >
            <option value="">{t('recordsScopeAll')}</option>
            {institutions.map((i) => (
              <option key={i.key} value={i.key}>
                {i.name || t('recordsNoInstitution')}
              </option>
            ))}
          </select>
        </div>
        <div class="records-field">
          <label for={`${id}-from`}>{t('recordsScopeFrom')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={scope.from === null ? '' : toDateInput(scope.from)}
            onChange={(e) => onChange({ ...scope, from: fromDateTimeInput(value(e)) })}
          />
        </div>
        <div class="records-field">
          <label for={`${id}-until`}>{t('recordsScopeUntil')}</label>
          <input
            id={`${id}-until`}
            type="date"
            value={scope.until === null ? '' : toDateInput(scope.until)}
            onChange={(e) => onChange({ ...scope, until: endOfDateInput(value(e)) })}
          />
        </div>
      </div>
    </details>
  );
}
