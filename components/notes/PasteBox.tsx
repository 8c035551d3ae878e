/**
 * "Paste a message": what a collector sent, read on this device. Shows what stands
 * out, offers calm replies to copy, and saves message and reply as a note in one click.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '../app/AppFrame';
import { analyze } from '../../utils/analyzer';
import { prepareAnalyzer } from '../../utils/analyzer-ready';
import { draftFromMessage } from '../../utils/notes/from-message';
import { legendOf } from '../../utils/overlay/tiers';
import { HighlightedText } from './HighlightedText';
import { SignalBadges } from './SignalBadges';
import { saveNewNote } from './note-actions';

interface Props {
  onSaved: () => void;
  onError: (error: unknown) => void;
}

/** The paste box; calls onSaved after a save, onError (keeping the message) when it fails. */
export function PasteBox({ onSaved, onError }: Props) {
  const { t } = useApp();
  const [text, setText] = useState('');
  const [copied, setCopied] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  // Read back the compiled lexicon while the person reaches for Paste, rather than compile it on the first message.
  useEffect(() => void prepareAnalyzer(), []);
  const analysis = useMemo(() => (text.trim() ? analyze(text, { now: new Date() }) : null), [text]);

  const copy = async (id: string, reply: string) => {
    const done = await navigator.clipboard.writeText(reply).then(
      () => true,
      () => false,
    );
    setCopied(done ? id : `failed:${id}`);
  };

  const save = async (reply?: string) => {
    setSaving(true);
    try {
      await saveNewNote(draftFromMessage(text, analysis, { now: Date.now(), reply }));
      setText('');
      setCopied(null);
      onSaved();
    } catch (error) {
      // The message stays in the box, so nothing is lost.
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="paste" aria-label={t('notesPasteMessage')}>
      <label for="paste-text">{t('notesPasteLabel')}</label>
      <textarea
        id="paste-text"
        rows={5}
        value={text}
        placeholder={t('notesPastePlaceholder')}
        onInput={(e) => setText(e.currentTarget.value)}
        ref={box}
      />
      {analysis && (
        <>
          <h2>{t('notesPasteFound')}</h2>
          {!analysis.isCollection && <p class="muted">{t('notesPasteNotDebt')}</p>}
          {analysis.signals.length === 0 ? (
            <p class="muted">{t('notesPasteNothing')}</p>
          ) : (
            <SignalBadges signals={legendOf(analysis).map((e) => e.label)} />
          )}
          <HighlightedText text={text} analysis={analysis} />
          {analysis.suggestions.length > 0 && (
            <>
              <h2>{t('notesPasteReplies')}</h2>
              <p class="hint">{t('notesPasteFillIn')}</p>
              <ul class="replies">
                {analysis.suggestions.map((s) => (
                  <li key={s.id}>
                    <p lang={s.lang}>{s.text}</p>
                    <button type="button" class="secondary" onClick={() => void copy(s.id, s.text)}>
                      {copied === s.id ? t('copied') : t('copy')}
                    </button>
                    <button type="button" class="secondary" disabled={saving} onClick={() => void save(s.text)}>
                      {t('notesPasteSaveWithReply')}
                    </button>
                    {copied === `failed:${s.id}` && <p role="alert">{t('notesPasteCopyFailed')}</p>}
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" class="primary" disabled={saving} onClick={() => void save()}>
            {t('notesPasteSaveOnly')}
          </button>
        </>
      )}
    </section>
  );
}
