/**
 * The in-page overlay: what a pasted or selected message is doing, and calm
 * replies to send. It sits beside the field without taking focus; the person
 * moves into it when they choose. Everything from the page is shown as text.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Analysis, Suggestion } from '../../utils/analyzer/types';
import { localeTag, type Locale } from '../../utils/i18n/locale';
import { overlayText, type OverlayKey } from '../../utils/overlay/overlay-text';
import { placeNear, type Rect } from '../../utils/overlay/position';
import { Legend } from './Legend';
import { MessageText } from './MessageText';
import { ReplyList } from './ReplyList';

export interface OverlayModel {
  /** The message exactly as pasted or selected. */
  text: string;
  /** Null when there was nothing to explain (a request with no selection) or the analysis failed. */
  analysis: Analysis | null;
  /** Why there is no analysis, when it failed, in plain words. */
  error?: string;
  locale: Locale;
  /** A field took the paste, so replies can be inserted into it. */
  canInsert: boolean;
}

export interface OverlayActions {
  /** Puts the reply in the field; false when the field is gone. */
  insert: (reply: string) => boolean;
  copy: (reply: string, from: HTMLElement) => Promise<boolean>;
  saveNote: (reply: string) => Promise<{ ok: true } | { ok: false; error: string }>;
  close: () => void;
  /** Where the field or selection is now, in viewport coordinates. */
  anchor: () => Rect | null;
}

interface Props {
  model: OverlayModel;
  actions: OverlayActions;
  /** Changes when the page scrolls or resizes, so the overlay follows its anchor. */
  layoutKey: number;
}

type Status = { key: OverlayKey; tone: 'ok' | 'error'; detail?: string } | null;

const ID = 'calmline';

/** Positions the card next to its anchor, or at the top right when there is none. */
function place(card: HTMLElement, anchor: Rect | null): void {
  const root = card.ownerDocument.documentElement;
  const view = card.ownerDocument.defaultView;
  // A document with no layout box of its own (a bare frame) still has a window.
  const viewport = { width: root.clientWidth || view?.innerWidth || 0, height: root.clientHeight || view?.innerHeight || 0 };
  card.style.maxHeight = '';
  const { width, height } = card.getBoundingClientRect();
  const at = anchor ?? { top: 0, left: viewport.width, width: 0, height: 0 };
  const p = placeNear(at, viewport, { width, height });
  card.style.top = `${p.top}px`;
  card.style.left = `${p.left}px`;
  card.style.maxHeight = `${p.maxHeight}px`;
  card.dataset.side = p.side;
}

export function OverlayRoot({ model, actions, layoutKey }: Props) {
  const t = overlayText(model.locale);
  const card = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>(null);
  const saving = useRef(false);

  useLayoutEffect(() => {
    if (card.current) place(card.current, actions.anchor());
  }, [model, layoutKey, status, actions]);

  const onInsert = (s: Suggestion) =>
    setStatus(actions.insert(s.text) ? { key: 'overlayInserted', tone: 'ok' } : { key: 'overlayInsertFailed', tone: 'error' });
  const onCopy = async (s: Suggestion, from: HTMLElement) =>
    setStatus((await actions.copy(s.text, from)) ? { key: 'overlayCopied', tone: 'ok' } : { key: 'overlayCopyFailed', tone: 'error' });
  const onSaveNote = async (s: Suggestion) => {
    if (saving.current) return;
    saving.current = true;
    setStatus({ key: 'overlaySaving', tone: 'ok' });
    const result = await actions.saveNote(s.text);
    saving.current = false;
    // The template ends the sentence itself.
    const detail = result.ok ? '' : result.error.replace(/[\s.。]+$/u, '');
    setStatus(result.ok ? { key: 'overlaySaved', tone: 'ok' } : { key: 'overlaySaveFailed', tone: 'error', detail });
  };

  const { analysis } = model;
  return (
    <div
      class="card"
      ref={card}
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${ID}-title`}
      lang={localeTag(model.locale)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') actions.close();
      }}
      // A mouse press on a button leaves focus in the chat box. Focus moving to the
      // button would also scroll a clipped card under the pointer, losing the click.
      onMouseDown={(e) => {
        if (e.target instanceof Element && e.target.closest('button')) e.preventDefault();
      }}
    >
      {/* Not <header>: on the chat page it would add a second banner landmark to the site's own. */}
      <div class="title-bar">
        <h2 id={`${ID}-title`}>{t('overlayTitle')}</h2>
        <button type="button" class="dismiss" data-action="dismiss" aria-label={t('overlayDismissLabel')} onClick={actions.close}>
          {t('overlayDismiss')}
        </button>
      </div>
      {!analysis && !model.error && <p>{t('overlayNoSelection')}</p>}
      {!analysis && model.error && (
        <p class="status error">{t('overlayAnalyzeFailed', { detail: model.error })}</p>
      )}
      {analysis && !analysis.isCollection && <p>{t('overlayNotCollection')}</p>}
      {analysis?.isCollection && (
        <>
          <p class="quiet">{t('overlayIntro')}</p>
          <section aria-labelledby={`${ID}-message`}>
            <h3 id={`${ID}-message`}>{t('overlayMessage')}</h3>
            <MessageText text={model.text} analysis={analysis} t={t} idPrefix={ID} />
          </section>
          <Legend analysis={analysis} t={t} idPrefix={ID} />
          <ReplyList
            suggestions={analysis.suggestions}
            t={t}
            idPrefix={ID}
            canInsert={model.canInsert}
            lang={localeTag(model.locale)}
            onInsert={onInsert}
            onCopy={onCopy}
            onSaveNote={onSaveNote}
          />
        </>
      )}
      <p class={`status ${status?.tone ?? ''}`} role="status" data-status={status?.tone ?? ''}>
        {status ? t(status.key, { detail: status.detail ?? '' }) : ''}
      </p>
    </div>
  );
}
