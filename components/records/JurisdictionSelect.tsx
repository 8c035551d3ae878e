/** A labelled choice of whose rules to compare the notes with. */
import { useId } from 'preact/hooks';
import { RIGHTS } from '../../utils/rights/catalog';
import { JURISDICTIONS, type Jurisdiction } from '../../utils/rights/jurisdiction';
import { useApp } from '../app/AppFrame';

export function JurisdictionSelect({ value, onChange }: { value: Jurisdiction; onChange: (next: Jurisdiction) => void }) {
  const { t, locale } = useApp();
  const id = useId();
  return (
    <div class="records-field">
      <label for={id}>{t('recordsJurisdiction')}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as Jurisdiction)}>
        {JURISDICTIONS.map((j) => (
          <option key={j} value={j}>
            {RIGHTS[j].name[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
