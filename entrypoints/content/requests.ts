/** Answers the background when the person asks CalmLine to explain selected text, and the popup when it inserts a phrase. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onContentMessage, type FrameInsert } from '../../utils/messaging';

/** Registers the handlers for `showAnalysis` and `insertText`; they stop when the script is invalidated. */
export function listenForRequests(
  ctx: ContentScriptContext,
  showSelection: (text: string) => Promise<boolean>,
  insertText: (text: string) => FrameInsert,
): void {
  const stop = onContentMessage({
    showAnalysis: async ({ text }) => ({ shown: await showSelection(text) }),
    insertText: async ({ text }) => ({ result: insertText(text) }),
  });
  ctx.onInvalidated(stop);
}
