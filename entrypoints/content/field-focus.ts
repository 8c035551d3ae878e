/**
 * Tells the background when a typing field takes focus in this frame. A paste is
 * then likely soon, so the background wakes and readies the analyzer before it
 * (the browser stops an idle background after 30 s; starting it again takes about
 * a tenth of a second), and it remembers this frame as the one the popup's Insert
 * should go to. "Takes focus" is when focus moves into a typing field, or when the
 * person comes back to this window — typically from wherever they copied the
 * message — with a typing field still focused. Both happen at a person's pace, so
 * this costs little.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../../utils/messaging';
import { editableFieldOf, editableFieldOfEvent } from '../../utils/overlay/field';

/** Reports focus into a typing field, or a return to a window with one focused. */
export function reportFieldFocus(ctx: ContentScriptContext): void {
  const wake = () => void sendToBackground('fieldFocused', {});
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
