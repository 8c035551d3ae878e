/**
 * Shows and hides the overlay. Its shadow root is created only when there is
 * something to show and removed when it closes, so the page carries nothing of
 * CalmLine's until a message needs explaining.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OverlayRoot, type OverlayActions, type OverlayModel } from '../../components/overlay/OverlayRoot';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { copyText } from '../../utils/overlay/copy-text';
import { insertReply } from '../../utils/overlay/insert-reply';
import { noteDraftFor } from '../../utils/overlay/note-draft';
import type { PasteRecord } from '../../utils/overlay/paste-record';
import type { Rect } from '../../utils/overlay/position';
import { sendToBackground } from '../../utils/messaging';

export interface Overlay {
  /** Shows the overlay for `model`, next to whatever `anchor` points at. */
  show(model: OverlayModel, anchor: () => Rect | null, paste: PasteRecord | null): void;
  /** Moves keyboard focus into the open overlay; false when none is open. */
  focus(): boolean;
  close(): void;
}

interface Shown {
  model: OverlayModel;
  anchor: () => Rect | null;
  paste: PasteRecord | null;
  /** Where focus was when the overlay opened, to go back to when it closes. */
  returnTo: Element | null;
  id: number;
}

/** Creates the overlay controller for this page; everything it adds is tied to `ctx`. */
export function createOverlay(ctx: ContentScriptContext): Overlay {
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let shown: Shown | null = null;
  let layoutKey = 0;
  let frame = 0;
  let showCount = 0;

  const mountUi = () =>
    createShadowRootUi<HTMLElement>(ctx, {
      name: 'calmline-overlay',
      position: 'inline',
      // On <html>, not <body>: a transformed body would break fixed positioning.
      anchor: () => document.documentElement,
      mode: 'open',
      // Inlined rather than fetched: no web-accessible file for pages to probe, and no wait.
      css: overlayCss,
      // Keys typed in the overlay are not page shortcuts.
      isolateEvents: true,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then((created) => {
      created.mount();
      return created;
    });

  const draw = async () => {
    const current = shown;
    ui ??= mountUi();
    const { mounted } = await ui;
    if (!mounted || current !== shown || !current) return;
    render(
      <OverlayRoot key={current.id} model={current.model} actions={actionsFor(current)} layoutKey={layoutKey} />,
      mounted,
    );
  };

  const focusIsInside = () => {
    const host = document.querySelector('calmline-overlay');
    return !!host && document.activeElement === host;
  };

  const close = () => {
    if (!shown) return;
    const { paste, returnTo } = shown;
    const hadFocus = focusIsInside();
    shown = null;
    const closing = ui;
    ui = null;
    void closing?.then((created) => created.remove());
    const back = paste?.field.element ?? returnTo;
    if (hadFocus && back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
  };

  const actionsCache = new WeakMap<Shown, OverlayActions>();
  const actionsFor = (current: Shown): OverlayActions => {
    const cached = actionsCache.get(current);
    if (cached) return cached;
    const actions: OverlayActions = {
      insert: (reply) => {
        const paste = current.paste;
        if (!paste || !insertReply(paste, reply)) return false;
        // A second choice replaces the first reply, not the text around it.
        current.paste = { ...paste, text: reply };
        return true;
      },
      copy: (reply, from) => copyText(reply, from),
      saveNote: async (reply) => {
        const { analysis, text } = current.model;
        const draft = noteDraftFor({ message: text, reply, analysis, url: location.href, title: document.title, now: new Date() });
        const result = await sendToBackground('saveNote', { draft });
        return result.ok ? { ok: true } : { ok: false, error: result.error };
      },
      close,
      anchor: current.anchor,
    };
    actionsCache.set(current, actions);
    return actions;
  };

  const relayout = () => {
    if (!shown || frame) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = 0;
      layoutKey++;
      void draw();
    });
  };
  let listening = false;
  const listenOnce = () => {
    if (listening) return;
    listening = true;
    ctx.addEventListener(window, 'scroll', relayout, { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', relayout, { passive: true });
    // Escape closes the overlay from the chat box too; the page still gets the key.
    ctx.addEventListener(window, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') close();
    }, { capture: true });
  };

  return {
    show(model, anchor, paste) {
      listenOnce();
      const returnTo = focusIsInside() ? (shown?.returnTo ?? null) : document.activeElement;
      shown = { model, anchor, paste, returnTo, id: ++showCount };
      void draw();
    },
    focus() {
      if (!shown || !ui) return false;
      void ui.then(({ shadow }) => shadow.querySelector<HTMLElement>('button, [tabindex="0"]')?.focus());
      return true;
    },
    close,
  };
}
