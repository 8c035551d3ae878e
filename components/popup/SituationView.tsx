/** One situation: its guidance, what to do, the breathing exercise where it belongs, and ready phrases. */
import { localeTag, type Locale } from '../../utils/i18n/locale';
import type { Situation } from '../../utils/phrasebook/types';
import { usePopup } from './PopupFrame';
import { Breathing } from './Breathing';
import { PhraseList } from './PhraseList';

/** Everything one situation offers, phrases in `phraseLocale`. */
export function SituationView({ situation, phraseLocale }: { situation: Situation; phraseLocale: Locale }) {
  const { t, locale } = usePopup();
  return (
    <div class="situation" data-testid="situation" data-situation={situation.id}>
      <h2 class="situation-title">{situation.title[locale]}</h2>
      <p class="guidance">{situation.guidance[locale]}</p>
      {situation.checklist && (
        <section aria-labelledby="todo-title">
          <h3 id="todo-title">{t('popupToDo')}</h3>
          <ul class="checklist">
            {situation.checklist.map((item) => (
              <li key={item.en}>{item[locale]}</li>
            ))}
          </ul>
        </section>
      )}
      {situation.breathing && <Breathing />}
      <section aria-labelledby="phrases-title" lang={localeTag(locale)}>
        <h3 id="phrases-title">{t('popupPhrasesHeading')}</h3>
        <PhraseList phrases={situation.phrases} phraseLocale={phraseLocale} />
      </section>
    </div>
  );
}
