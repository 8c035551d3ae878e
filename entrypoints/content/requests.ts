/** Answers the background when the person asks CalmLine to explain selected text, and the popup when it inserts a phrase. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onContentMessage } from '../../utils/messaging';
import type { FrameInsert } from './insert-phrase';

/** Registers the handlers for `showAnalysis` and `insertText`; they stop when the script is invalidated. */
export function listenForRequests(
  ctx: ContentScriptContext,
  showSelection: (text: string) => Promise<boolean>,
  insertText: (text: string) => FrameInsert,
): void {
  const stop = onContentMessage({
    showAnalysis: async ({ text }) => ({ shown: await showSelection(text) }),
    insertText: async ({ text }) => {
      const result = insertText(text);
      return { inserted: result === 'inserted', focusInFrame: result === 'focus-in-frame' };
    },
  });
  ctx.onInvalidated(stop);
}
