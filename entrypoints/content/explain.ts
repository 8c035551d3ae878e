/**
 * Turns a pasted or selected message into what the overlay shows. The analysis
 * itself happens in the background (see `analyzeMessage` in utils/messaging.ts).
 */
import type { Analysis } from '../../utils/analyzer/types';
import { resolveLocale } from '../../utils/i18n/locale';
import { sendToBackground } from '../../utils/messaging';
import { localeOfLang } from '../../utils/overlay/overlay-text';
import type { PasteRecord } from '../../utils/overlay/paste-record';
import { selectionAnchor } from '../../utils/overlay/selection-anchor';
import type { Overlay } from './overlay';

export interface Explainer {
  /** Shows the overlay beside the field when the pasted text is a collection message; otherwise nothing. */
  paste(paste: PasteRecord): Promise<void>;
  /**
   * Shows the analysis of text the person selected and asked about. With nothing
   * selected it moves focus into an open overlay, or says how to ask.
   */
  selection(text: string): Promise<boolean>;
}

/** Explains messages in `overlay`; only the latest request is shown when answers overlap. */
export function createExplainer(overlay: Overlay): Explainer {
  let latest = 0;
  const analyse = async (text: string): Promise<Analysis | null> => {
    const request = ++latest;
    const reply = await sendToBackground('analyzeMessage', { text });
    if (request !== latest) return null;
    return reply.ok ? reply.value : null;
  };

  return {
    async paste(paste) {
      // A paste the person did not ask about never surfaces an error on their page.
      const analysis = await analyse(paste.text);
      if (!analysis?.isCollection) return;
      const field = paste.field.element;
      overlay.show(
        { text: paste.text, analysis, locale: localeOfLang(analysis.lang), canInsert: true },
        () => (field.isConnected ? field.getBoundingClientRect() : null),
        paste,
      );
    },
    async selection(text) {
      const anchor = selectionAnchor(document);
      if (!text.trim()) {
        if (overlay.focus()) return true;
        const locale = resolveLocale('auto', navigator.languages);
        overlay.show({ text: '', analysis: null, locale, canInsert: false }, anchor, null);
        return true;
      }
      const reply = await sendToBackground('analyzeMessage', { text });
      if (!reply.ok) {
        // The person asked, so they hear why nothing is shown.
        const locale = resolveLocale('auto', navigator.languages);
        overlay.show({ text, analysis: null, error: reply.error, locale, canInsert: false }, anchor, null);
        return false;
      }
      overlay.show({ text, analysis: reply.value, locale: localeOfLang(reply.value.lang), canInsert: false }, anchor, null);
      return true;
    },
  };
}
