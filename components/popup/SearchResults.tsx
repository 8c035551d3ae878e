/** Situations and phrases matching a search, each phrase ready to copy. */
import type { Locale } from '../../utils/i18n/locale';
import type { PhrasebookHit } from '../../utils/phrasebook/search';
import type { SituationId } from '../../utils/phrasebook/types';
import { usePopup } from './PopupFrame';
import { PhraseList } from './PhraseList';

interface Props {
  query: string;
  hits: PhrasebookHit[];
  phraseLocale: Locale;
  onOpen: (id: SituationId) => void;
}

/** The hits for `query`, or a kind word when there are none; `onOpen` shows a whole situation. */
export function SearchResults({ query, hits, phraseLocale, onOpen }: Props) {
  const { t, locale } = usePopup();
  if (hits.length === 0) return <p class="empty">{t('popupNoResults', { query: query.trim() })}</p>;
  return (
    <div class="results" data-testid="search-results">
      <p class="muted">{t('popupResultsCount', { count: hits.length })}</p>
      {hits.map(({ situation, phraseIndexes }) => (
        <section key={situation.id} class="result" aria-labelledby={`result-${situation.id}`}>
          <div class="result-head">
            <h2 id={`result-${situation.id}`} class="result-title">
              {situation.title[locale]}
            </h2>
            <button type="button" class="link" onClick={() => onOpen(situation.id)}>
              {t('popupShowSituation')}
            </button>
          </div>
          {phraseIndexes.length > 0 ? (
            <PhraseList phrases={phraseIndexes.map((i) => situation.phrases[i]!)} phraseLocale={phraseLocale} />
          ) : (
            <p class="guidance">{situation.guidance[locale]}</p>
          )}
        </section>
      ))}
    </div>
  );
}
