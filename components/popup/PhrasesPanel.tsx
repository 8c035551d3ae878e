/**
 * "What to say": pick a situation (arrow keys move between them) or search, then
 * copy a ready phrase in the language chosen for phrases.
 */
import { useMemo, useState } from 'preact/hooks';
import { LANGUAGE_NAMES, LOCALES, localeTag } from '../../utils/i18n/locale';
import { SITUATIONS, situationById } from '../../utils/phrasebook/catalog';
import { resolvePhraseLocale, type PhraseLocalePreference } from '../../utils/phrasebook/phrase-locale';
import { searchPhrasebook } from '../../utils/phrasebook/search';
import type { SituationId } from '../../utils/phrasebook/types';
import { usePopup } from './PopupFrame';
import { PhraseHint } from './PhraseList';
import { SearchResults } from './SearchResults';
import { SituationView } from './SituationView';
import { TabStrip, tabId } from './TabStrip';
import './phrases.css';

/** The "What to say" tab: search, the phrase-language choice, situations and their phrases. */
export function PhrasesPanel() {
  const { t, locale, settings, update } = usePopup();
  const [selected, setSelected] = useState<SituationId>('before-call');
  const [query, setQuery] = useState('');
  const phraseLocale = resolvePhraseLocale(settings.phraseLocale, locale);
  const hits = useMemo(() => searchPhrasebook(SITUATIONS, query), [query]);
  const searching = query.trim() !== '';

  return (
    <div class="phrases-panel">
      <div class="toolbar">
        <input
          type="search"
          class="search"
          aria-label={t('popupSearchLabel')}
          placeholder={t('popupSearchPlaceholder')}
          value={query}
          maxLength={200}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <label class="compact-field">
          <span>{t('popupPhrasesIn')}</span>
          <select
            value={settings.phraseLocale}
            onChange={(e) => void update({ phraseLocale: e.currentTarget.value as PhraseLocalePreference })}
          >
            <option value="interface">{t('popupPhrasesSameAsInterface')}</option>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={localeTag(l)}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <PhraseHint />
      {searching ? (
        <SearchResults
          query={query}
          hits={hits}
          phraseLocale={phraseLocale}
          onOpen={(id) => {
            setSelected(id);
            setQuery('');
          }}
        />
      ) : (
        <>
          <TabStrip
            label={t('popupSituations')}
            items={SITUATIONS.map((s) => ({ id: s.id, label: s.short[locale] }))}
            selected={selected}
            onSelect={setSelected}
            idPrefix="situation"
            class="situations"
          />
          <div id="situation-panel" role="tabpanel" aria-labelledby={tabId('situation', selected)}>
            <SituationView situation={situationById(selected)} phraseLocale={phraseLocale} />
          </div>
        </>
      )}
    </div>
  );
}
