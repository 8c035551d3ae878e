/** Narrowing the notes: institution, channel, date range, and open promises. */
import { useApp } from '../app/AppFrame';
import type { StringKey } from '../../utils/i18n';
import { NO_FILTER_FIELDS as NO_FILTER, type FilterFields } from '../../utils/notes/filter';
import { CHANNELS, type Channel } from '../../utils/notes/note';

interface Props {
  value: FilterFields;
  institutions: readonly string[];
  onChange: (value: FilterFields) => void;
}

/** The filters, folded away until opened (open while any is set). */
export function NoteFilters({ value, institutions, onChange }: Props) {
  const { t } = useApp();
  const set = <K extends keyof FilterFields>(key: K, v: FilterFields[K]) => onChange({ ...value, [key]: v });
  const active = JSON.stringify(value) !== JSON.stringify(NO_FILTER);
  return (
    <details class="filters" open={active}>
      <summary>{t('notesFilters')}</summary>
      <div class="field-row">
        <div class="field">
          <label for="filter-institution">{t('notesFilterInstitution')}</label>
          <select id="filter-institution" value={value.institution} onChange={(e) => set('institution', e.currentTarget.value)}>
            <option value="">{t('notesFilterAny')}</option>
            {institutions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-channel">{t('notesFilterChannel')}</label>
          <select id="filter-channel" value={value.channel} onChange={(e) => set('channel', e.currentTarget.value as Channel | '')}>
            <option value="">{t('notesFilterAny')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`notesChannel_${c}` as StringKey)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="field-row">
        <div class="field">
          <label for="filter-from">{t('notesFilterFrom')}</label>
          <input id="filter-from" type="date" value={value.from} onInput={(e) => set('from', e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="filter-to">{t('notesFilterTo')}</label>
          <input id="filter-to" type="date" value={value.to} onInput={(e) => set('to', e.currentTarget.value)} />
        </div>
      </div>
      <label class="check">
        <input type="checkbox" checked={value.openPromises} onChange={(e) => set('openPromises', e.currentTarget.checked)} />
        {t('notesFilterOpenPromises')}
      </label>
      {active && (
        <button type="button" class="link-button" onClick={() => onChange(NO_FILTER)}>
          {t('notesClearFilters')}
        </button>
      )}
    </details>
  );
}
