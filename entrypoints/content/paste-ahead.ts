/**
 * Wakes the background a moment before a paste or a request to explain a selection,
 * so the analyzer is ready when the text arrives. The browser stops an idle
 * background after 30 s, and the first analysis after that pays for starting it and
 * readying the analyzer: about a tenth of a second. A person at a chat often
 * keeps the typing field focused for minutes, so the focus report (field-focus.ts)
 * does not cover them; these signs come just before the text does:
 *
 * - a copy anywhere on the page (the message is taken from the chat log, then pasted);
 * - the context menu opening (Paste, or "Explain this message with CalmLine");
 * - Ctrl or ⌘ going down in a typing field (the first half of Ctrl+V), about a
 *   tenth of a second before the V;
 * - the middle mouse button going down on a typing field: on Linux the middle click
 *   pastes the text last selected, and Chromium pastes as the button comes back up,
 *   a tenth of a second or so later.
 *
 * Only the person's own actions count, never events a page's script dispatches, and
 * at most one wake is sent every few seconds, so a page cannot keep the background
 * running.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../../utils/messaging';
import { editableFieldOfEvent } from '../../utils/overlay/field';

/** The shortest time between two wakes: well inside the background's 30 s idle limit. */
export const WAKE_INTERVAL_MS = 5_000;

const isPasteModifier = (event: KeyboardEvent) => event.key === 'Control' || event.key === 'Meta';
/** `MouseEvent.button` of the middle button (the wheel). */
const MIDDLE_BUTTON = 1;

/** Sends `prepareAnalyzer` when a paste or a selection's explanation looks near. */
export function wakeBeforePaste(ctx: ContentScriptContext, now: () => number = () => performance.now()): void {
  let lastWake = -Infinity;
  const wake = (event: Event) => {
    if (ctx.isInvalid || !event.isTrusted) return;
    const time = now();
    if (time - lastWake < WAKE_INTERVAL_MS) return;
    lastWake = time;
    void sendToBackground('prepareAnalyzer', {});
  };
  const options = { capture: true, passive: true };
  ctx.addEventListener(window, 'copy', wake, options);
  ctx.addEventListener(window, 'contextmenu', wake, options);
  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      if (!event.repeat && isPasteModifier(event) && editableFieldOfEvent(event)) wake(event);
    },
    options,
  );
  ctx.addEventListener(
    window,
    'mousedown',
    (event) => {
      if (event.button === MIDDLE_BUTTON && editableFieldOfEvent(event)) wake(event);
    },
    options,
  );
}
