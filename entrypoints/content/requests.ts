/** Answers the background when the person asks CalmLine to explain selected text. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onContentMessage } from '../../utils/messaging';

/** Registers the handler for `showAnalysis`; it stops when the script is invalidated. */
export function listenForRequests(ctx: ContentScriptContext, showSelection: (text: string) => Promise<boolean>): void {
  const stop = onContentMessage({
    showAnalysis: async ({ text }) => ({ shown: await showSelection(text) }),
  });
  ctx.onInvalidated(stop);
}
