/**
 * Ready phrases as buttons: one click or Enter copies the phrase. When phrases are
 * in another language than the interface, each shows its meaning underneath.
 */
import type { JSX } from 'preact';
import { localeTag, type Locale } from '../../utils/i18n/locale';
import type { Localized } from '../../utils/phrasebook/types';
import { usePopup } from './PopupFrame';
import { useCopy } from './Announcer';

interface Props {
  phrases: readonly Localized[];
  phraseLocale: Locale;
}

/** Up and Down move between phrases, as the arrow keys move between situations. */
function moveBetweenPhrases(event: JSX.TargetedKeyboardEvent<HTMLUListElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.phrase')];
  const index = buttons.indexOf(event.target as HTMLButtonElement);
  if (index < 0) return;
  event.preventDefault();
  buttons[(index + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]!.focus();
}

/** Phrases in `phraseLocale` as copy buttons, each with its meaning when that is not the interface language. */
export function PhraseList({ phrases, phraseLocale }: Props) {
  const { t, locale } = usePopup();
  const copy = useCopy();
  const showMeaning = phraseLocale !== locale;
  return (
    <ul class="phrases" onKeyDown={moveBetweenPhrases}>
      {phrases.map((phrase) => (
        <li key={phrase.en}>
          <button
            type="button"
            class="phrase"
            lang={localeTag(phraseLocale)}
            aria-describedby="phrase-hint"
            onClick={() => void copy(phrase[phraseLocale])}
          >
            {phrase[phraseLocale]}
          </button>
          {showMeaning && (
            <p class="meaning" lang={localeTag(locale)}>
              {t('popupMeaning', { text: phrase[locale] })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The hidden hint every phrase button points to. */
export function PhraseHint() {
  const { t } = usePopup();
  return (
    <span id="phrase-hint" class="visually-hidden">
      {t('popupPhraseHint')}
    </span>
  );
}
