/**
 * "Check my reply": the person types or pastes a draft; heated wording is marked
 * in place, each mark explained, with calmer things to say or a fix to apply.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { resolvePhraseLocale } from '../../utils/phrasebook/phrase-locale';
import { checkTone } from '../../utils/tone/check';
import { applyFix } from '../../utils/tone/fix';
import { toneSegments } from '../../utils/tone/segments';
import { usePopup } from './PopupFrame';
import { useCopy } from './Announcer';
import { replyDraftItem } from './draft-store';
import { ToneFindingItem } from './ToneFindingItem';
import './checker.css';

/** Long enough for any chat reply or letter; the checker stays instant. */
const MAX_DRAFT = 5_000;

/** The "Check my reply" tab: a draft kept for the session, checked as it is typed. */
export function ReplyChecker() {
  const { t, locale, settings } = usePopup();
  const copy = useCopy();
  const [draft, setDraft] = useState('');
  useEffect(() => {
    void replyDraftItem.getValue().then((saved) => setDraft((now) => now || saved));
  }, []);
  const change = (text: string) => {
    setDraft(text);
    void replyDraftItem.setValue(text);
  };

  // Shared characters (流氓) are answered in the Chinese the person reads or writes in.
  const phraseLocale = resolvePhraseLocale(settings.phraseLocale, locale);
  const preferChinese = phraseLocale !== 'en' ? phraseLocale : locale === 'zh_TW' ? 'zh_TW' : 'zh_CN';
  const findings = useMemo(() => checkTone(draft, { preferChinese }), [draft, preferChinese]);
  const segments = useMemo(() => toneSegments(draft, findings), [draft, findings]);
  const hasDraft = draft.trim() !== '';

  return (
    <div class="checker">
      <label class="field" for="draft">
        {t('popupDraftLabel')}
      </label>
      <textarea
        id="draft"
        rows={4}
        maxLength={MAX_DRAFT}
        placeholder={t('popupDraftPlaceholder')}
        aria-describedby="draft-hint"
        value={draft}
        onInput={(e) => change(e.currentTarget.value)}
      />
      <p id="draft-hint" class="muted small">
        {t('popupDraftHint')}
      </p>
      {hasDraft && (
        <div class="check-result" data-testid="check-result">
          <p class={findings.length ? 'verdict attention' : 'verdict calm'} role="status">
            {findings.length ? t('popupCheckFound', { count: findings.length }) : t('popupCheckCalm')}
          </p>
          {findings.length > 0 && (
            <>
              <h2 class="visually-hidden">{t('popupMarkedDraft')}</h2>
              <p class="marked-draft" data-testid="marked-draft">
                {segments.map((s) =>
                  s.kinds.length ? (
                    <mark key={s.start} class={`tone tone-${s.kinds[0]}`} data-kinds={s.kinds.join(' ')}>
                      {s.text}
                    </mark>
                  ) : (
                    <span key={s.start}>{s.text}</span>
                  ),
                )}
              </p>
              <ol class="findings">
                {findings.map((f) => (
                  <ToneFindingItem key={`${f.kind}:${f.start}`} finding={f} onFix={() => change(applyFix(draft, f))} />
                ))}
              </ol>
            </>
          )}
          <button type="button" class="secondary" onClick={() => void copy(draft)}>
            {t('popupCopyDraft')}
          </button>
        </div>
      )}
    </div>
  );
}
