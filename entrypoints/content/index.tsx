/**
 * The content script. It is never declared for all sites: the background injects
 * it into one tab when the person asks (activeTab), or registers it for sites the
 * person allowed. Everything it shows lives in a shadow root.
 */
import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OverlayRoot } from '../../components/overlay/OverlayRoot';
import './overlay.css';

export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'ui',
  async main(ctx: ContentScriptContext) {
    // Injection can happen twice in one page (two clicks); one overlay is enough.
    if (document.querySelector('calmline-overlay')) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'calmline-overlay',
      position: 'overlay',
      anchor: 'body',
      mode: 'open',
      onMount(container) {
        render(<OverlayRoot />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
