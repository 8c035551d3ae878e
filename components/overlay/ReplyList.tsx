/** The suggested replies, each with Insert, Copy and Save as note. */
import type { Suggestion } from '../../utils/analyzer/types';
import type { OverlayT } from '../../utils/overlay/overlay-text';

interface Props {
  suggestions: Suggestion[];
  t: OverlayT;
  idPrefix: string;
  /** The paste's field can take a reply; selections have no field. */
  canInsert: boolean;
  /** The language tag the replies are written in. */
  lang: string;
  onInsert: (reply: Suggestion) => void;
  onCopy: (reply: Suggestion, button: HTMLElement) => void;
  onSaveNote: (reply: Suggestion) => void;
}

/** The issue and the analyzer promise 2–5 replies; more would crowd a chat page. */
const MAX_REPLIES = 5;

/** Placeholders such as {amount} that the person fills in before sending. */
const hasPlaceholder = (text: string) => /\{[^{}\s]+\}/.test(text);

export function ReplyList({ suggestions, t, idPrefix, canInsert, lang, onInsert, onCopy, onSaveNote }: Props) {
  if (!suggestions.length) return null;
  return (
    <section class="replies" aria-labelledby={`${idPrefix}-replies`}>
      <h3 id={`${idPrefix}-replies`}>{t('overlayReplies')}</h3>
      <ul>
        {suggestions.slice(0, MAX_REPLIES).map((s, i) => {
          const purposeId = `${idPrefix}-purpose-${i}`;
          return (
            <li key={s.id} data-suggestion={s.purpose}>
              <h4 id={purposeId}>{t(`overlayPurpose_${s.purpose}`)}</h4>
              <p class="reply" lang={lang} data-reply-text="">
                {s.text}
              </p>
              {hasPlaceholder(s.text) && <p class="quiet">{t('overlayFillIn')}</p>}
              <div class="actions">
                {canInsert && (
                  <button
                    type="button"
                    class="primary"
                    data-action="insert"
                    title={t('overlayInsertLabel')}
                    aria-describedby={purposeId}
                    onClick={() => onInsert(s)}
                  >
                    {t('overlayInsert')}
                  </button>
                )}
                <button
                  type="button"
                  data-action="copy"
                  aria-describedby={purposeId}
                  onClick={(e) => onCopy(s, e.currentTarget)}
                >
                  {t('overlayCopy')}
                </button>
                <button
                  type="button"
                  data-action="save-note"
                  aria-describedby={purposeId}
                  onClick={() => onSaveNote(s)}
                >
                  {t('overlaySaveNote')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
