/** Copies a reply to the clipboard from inside the overlay. */

/**
 * Copies `text`: through the Clipboard API where the page allows it, else by
 * selecting it in a hidden textarea inside `container` (plain-http pages have no
 * Clipboard API). Focus goes back to where it was. Resolves to whether it worked.
 */
export async function copyText(text: string, container: HTMLElement): Promise<boolean> {
  const doc = container.ownerDocument;
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Denied (no focus, or a permissions policy): the selection route may still work.
    }
  }
  const root = container.getRootNode() as Document | ShadowRoot;
  const previous = root.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.style.cssText = 'position:fixed;top:0;left:0;opacity:0;pointer-events:none';
  container.append(area);
  area.select();
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    previous?.focus({ preventScroll: true });
  }
}
