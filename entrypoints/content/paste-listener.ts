/**
 * Notices pastes into typing fields. It only reads: the page's own paste handling
 * runs unchanged and undelayed, and CalmLine looks at the text afterwards.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { recordPaste, type PasteRecord } from '../../utils/overlay/paste-record';

/** Calls `onPaste` after each text paste into a field, once the page has handled it. */
export function listenForPastes(ctx: ContentScriptContext, onPaste: (paste: PasteRecord) => void): void {
  ctx.addEventListener(
    window,
    'paste',
    (event) => {
      // After an extension update this copy is an orphan; checking retires it and its listeners.
      if (ctx.isInvalid) return;
      // Read now: clipboard data is only readable during the event, and the field's value is still the one before it.
      const paste = recordPaste(event as ClipboardEvent);
      if (paste) ctx.setTimeout(() => onPaste(paste), 0);
    },
    { capture: true },
  );
}
