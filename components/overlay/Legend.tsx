/** What the highlights mean (each tier's colour and line), for the signals this message carries. */
import type { Analysis } from '../../utils/analyzer/types';
import type { OverlayT } from '../../utils/overlay/overlay-text';
import { TIER_ORDER, legendOf } from '../../utils/overlay/tiers';

interface Props {
  analysis: Analysis;
  t: OverlayT;
  idPrefix: string;
}

export function Legend({ analysis, t, idPrefix }: Props) {
  const entries = legendOf(analysis);
  const hasEntities = analysis.amounts.length > 0 || analysis.deadlines.length > 0;
  if (!entries.length && !hasEntities) return <p class="quiet">{t('overlayNoSignals')}</p>;
  const tiers = TIER_ORDER.filter((tier) => entries.some((e) => e.tier === tier));
  return (
    <section class="legend" aria-labelledby={`${idPrefix}-legend`}>
      <h3 id={`${idPrefix}-legend`}>{t('overlayLegend')}</h3>
      {tiers.length > 0 && (
        <ul>
          {tiers.map((tier) => (
            <li key={tier} data-tier={tier}>
              <span class={`swatch ${tier}`} aria-hidden="true" />
              {/* One flex item for the words, so the tier name and its signals wrap as one line of text. */}
              <span>
                <strong>{t(`overlayTier_${tier}`)}</strong>
                {': '}
                {entries
                  .filter((e) => e.tier === tier)
                  .map((e) => t(`overlaySignal_${e.label}`))
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {!entries.length && <p class="quiet">{t('overlayNoSignals')}</p>}
      {hasEntities && <p class="quiet">{t('overlayEntities')}</p>}
    </section>
  );
}
