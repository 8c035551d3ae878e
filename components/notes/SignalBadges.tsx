/** The analyzer's findings as small badges, coloured by tier. */
import { useApp } from '../app/AppFrame';
import { LABEL_TIER, type Label } from '../../utils/analyzer/types';
import type { StringKey } from '../../utils/i18n';

/** One badge per label, in the order given; nothing for none. */
export function SignalBadges({ signals }: { signals: readonly Label[] }) {
  const { t } = useApp();
  if (signals.length === 0) return null;
  return (
    <ul class="badges">
      {signals.map((label) => (
        <li key={label} class={`badge tier-${LABEL_TIER[label]}`}>
          {t(`notesSignal_${label}` as StringKey)}
        </li>
      ))}
    </ul>
  );
}
