/**
 * Ready phrases as buttons: one click or Enter copies the phrase; where help is on
 * for the page, an Insert button beside each puts it into the page's chat box.
 * When phrases are in another language than the interface, each shows its meaning underneath.
 */
import type { JSX } from 'preact';
import { localeTag, type Locale } from '../../utils/i18n/locale';
import type { Localized } from '../../utils/phrasebook/types';
import { sendToContent } from '../../utils/messaging';
import { usePopup } from './PopupFrame';
import { useAnnounce, useCopy } from './Announcer';
import { insertPhrase, useInsertableTab } from './insert-phrase';

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

/** Inserts a phrase into the page, or copies it and says calmly what to do when that cannot be done. */
function useInsert(tabId: number | null): (text: string) => Promise<void> {
  const { t } = usePopup();
  const announce = useAnnounce();
  return async (text) => {
    if (tabId === null) return;
    const outcome = await insertPhrase(sendToContent, tabId, text);
    if (outcome === 'inserted') return announce(t('popupInserted'));
    const copied = await navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    );
    if (outcome === 'out-of-reach') announce(t(copied ? 'popupInsertOutOfReachCopied' : 'popupInsertOutOfReach'), 'warning');
    else if (outcome === 'no-field') announce(t(copied ? 'popupInsertNoFieldCopied' : 'popupInsertNoField'), 'warning');
    else announce(t(copied ? 'popupInsertUnreachable' : 'popupCopyFailed'), 'warning');
  };
}

/** Phrases in `phraseLocale` as copy buttons, each with its meaning when that is not the interface language. */
export function PhraseList({ phrases, phraseLocale }: Props) {
  const { t, locale } = usePopup();
  const copy = useCopy();
  const tabId = useInsertableTab();
  const insert = useInsert(tabId);
  const showMeaning = phraseLocale !== locale;
  return (
    <ul class="phrases" onKeyDown={moveBetweenPhrases}>
      {phrases.map((phrase) => (
        <li key={phrase.en}>
          <div class="phrase-row">
            <button
              type="button"
              class="phrase"
              lang={localeTag(phraseLocale)}
              aria-describedby="phrase-hint"
              onClick={() => void copy(phrase[phraseLocale])}
            >
              {phrase[phraseLocale]}
            </button>
            {tabId !== null && (
              <button
                type="button"
                class="insert"
                aria-label={t('popupInsertLabel', { text: phrase[phraseLocale] })}
                onClick={() => void insert(phrase[phraseLocale])}
              >
                {t('popupInsert')}
              </button>
            )}
          </div>
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
