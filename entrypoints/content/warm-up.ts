/**
 * Wakes the background when a paste is likely soon, so the analysis does not wait
 * for the background to start (the browser stops an idle background after 30 s;
 * starting it again takes about a tenth of a second). "Soon" is when focus moves
 * into a typing field, or when the person comes back to this window — typically
 * from wherever they copied the message — with a typing field still focused.
 * Both happen at a person's pace, so this costs little.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../../utils/messaging';
import { editableFieldOf, editableFieldOfEvent } from '../../utils/overlay/field';

/** Wakes the background on focus into a typing field, or on return to a window with one focused. */
export function warmUpOnFocus(ctx: ContentScriptContext): void {
  const wake = () => void sendToBackground('analyzeMessage', { text: '' });
  ctx.addEventListener(
    window,
    'focusin',
    (event) => {
      if (!ctx.isInvalid && editableFieldOfEvent(event)) wake();
    },
    { capture: true },
  );
  ctx.addEventListener(window, 'focus', (event) => {
    if (event.target === window && !ctx.isInvalid && editableFieldOf(document.activeElement)) wake();
  });
}
