/**
 * "Your rights": the collection rules where the person lives, by topic, each
 * with its source and how sure CalmLine is — and never as legal advice.
 */
import type { PopupStringKey } from './popup-text';
import { rightsCard } from '../../utils/rights/card';
import { RIGHTS } from '../../utils/rights/catalog';
import { JURISDICTIONS, guessJurisdiction, type Jurisdiction } from '../../utils/rights/jurisdiction';
import type { Certainty, RightsTopic } from '../../utils/rights/types';
import { usePopup } from './PopupFrame';
import './rights.css';

const TOPIC_TITLES: Record<RightsTopic, PopupStringKey> = {
  hours: 'popupTopicHours',
  frequency: 'popupTopicFrequency',
  'third-parties': 'popupTopicThirdParties',
  conduct: 'popupTopicConduct',
  requests: 'popupTopicRequests',
  complain: 'popupTopicComplain',
};

const CERTAINTY_LABELS: Record<Certainty, PopupStringKey> = {
  V: 'popupCertaintyV',
  V2: 'popupCertaintyV2',
  U: 'popupCertaintyU',
};

/** The "Your rights" tab, on the jurisdiction last chosen, or at first the one the browser languages suggest. */
export function RightsPanel({ languages }: { languages: readonly string[] }) {
  const { t, locale, settings, update } = usePopup();
  const jurisdiction = settings.jurisdiction === 'auto' ? guessJurisdiction(languages) : settings.jurisdiction;
  const card = rightsCard(jurisdiction, locale);
  return (
    <div class="rights" data-testid="rights-card" data-jurisdiction={jurisdiction}>
      <label class="compact-field">
        <span>{t('popupJurisdiction')}</span>
        <select value={jurisdiction} onChange={(e) => void update({ jurisdiction: e.currentTarget.value as Jurisdiction })}>
          {JURISDICTIONS.map((j) => (
            <option key={j} value={j}>
              {RIGHTS[j].name[locale]}
            </option>
          ))}
        </select>
      </label>
      <h2 class="card-title">{card.name}</h2>
      {card.sections.map((section) => (
        <section key={section.topic} class="topic" aria-labelledby={`topic-${section.topic}`}>
          <h3 id={`topic-${section.topic}`}>{t(TOPIC_TITLES[section.topic])}</h3>
          {section.rules.length === 0 ? (
            <p class="muted">{t('popupTopicEmpty')}</p>
          ) : (
            <ul class="rules">
              {section.rules.map((rule) => (
                <li key={rule.text} class="rule">
                  <p>{rule.text}</p>
                  <p class="rule-meta">
                    <span class={`certainty certainty-${rule.certainty}`}>{t(CERTAINTY_LABELS[rule.certainty])}</span>
                    <span>{t('popupSource', { source: rule.source })}</span>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <p class="legal-note">{t('notLegalAdvice')}</p>
    </div>
  );
}
