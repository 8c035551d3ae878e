/**
 * The content script. It is never declared for all sites: the background injects
 * it into one tab when the person asks (activeTab), or registers it for sites the
 * person allowed. It listens for pastes and for the background's requests, and
 * shows nothing until a message needs explaining. Every listener goes through
 * `ctx`, so an extension update leaves nothing behind.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createExplainer } from './explain';
import { trackLastField } from './insert-phrase';
import { createOverlay } from './overlay';
import { listenForPastes } from './paste-listener';
import { listenForRequests } from './requests';
import { reportFieldFocus } from './field-focus';
import { wakeBeforePaste } from './paste-ahead';

export default defineContentScript({
  registration: 'runtime',
  // The overlay's styles are inlined into its shadow root (see overlay.tsx), so the
  // build emits no stylesheet that pages would need to be allowed to load.
  cssInjectionMode: 'manual',
  main(ctx: ContentScriptContext) {
    const explain = createExplainer(createOverlay(ctx));
    listenForRequests(ctx, explain.selection, trackLastField(ctx));
    listenForPastes(ctx, (paste) => void explain.paste(paste));
    reportFieldFocus(ctx);
    wakeBeforePaste(ctx);
  },
});
