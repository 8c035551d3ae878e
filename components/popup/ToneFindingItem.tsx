/** One marked stretch of a draft: what it is, why it may hurt, and calmer options. */
import { localeTag } from '../../utils/i18n/locale';
import { TONE_EXPLANATIONS } from '../../utils/tone/explanations';
import type { ToneFinding } from '../../utils/tone/types';
import { usePopup } from './PopupFrame';
import { useCopy } from './Announcer';

/** One finding as a list item; `onFix` puts its fix into the draft. */
export function ToneFindingItem({ finding, onFix }: { finding: ToneFinding; onFix: () => void }) {
  const { t, locale } = usePopup();
  const copy = useCopy();
  const explanation = TONE_EXPLANATIONS[finding.kind];
  return (
    <li class={`finding tone-${finding.kind}`} data-kind={finding.kind}>
      <p class="finding-head">
        <span class="kind">{explanation.label[locale]}</span>
        <q lang={localeTag(finding.locale)}>{finding.text}</q>
      </p>
      <p class="why">{explanation.why[locale]}</p>
      {finding.fix !== null && (
        <button type="button" class="secondary" onClick={onFix}>
          {t('popupUseFix', { fix: finding.fix })}
        </button>
      )}
      {finding.alternatives.length > 0 && (
        <div class="alternatives">
          <p class="muted small">{t('popupTryInstead')}</p>
          <ul class="phrases">
            {finding.alternatives.map((alternative) => (
              <li key={alternative}>
                <button type="button" class="phrase" lang={localeTag(finding.locale)} onClick={() => void copy(alternative)}>
                  {alternative}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
