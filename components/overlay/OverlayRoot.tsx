/** The in-page overlay's root. It renders nothing until there is a message to explain. */
export function OverlayRoot() {
  return <div class="calmline-root" data-ready="true" />;
}
