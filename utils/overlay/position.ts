/**
 * Where the overlay goes: next to the field or selection it explains, inside the
 * viewport, never on top of the field when there is room elsewhere. The overlay is
 * `position: fixed`, so placing it never moves anything on the page.
 */

/** A rectangle in viewport coordinates, as getBoundingClientRect() gives it. */
export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** The tallest the overlay may be here; it scrolls inside beyond that. */
  maxHeight: number;
  side: 'below' | 'above' | 'over';
}

export interface PlaceOptions {
  /** Space between the anchor and the overlay. */
  gap?: number;
  /** Space kept clear at the viewport's edges. */
  margin?: number;
  /** Below this height a side is too cramped, and the overlay covers the viewport instead. */
  minHeight?: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

/** Places a box of `size` next to `anchor` within `viewport`: below if it fits, else above, else the roomier side. */
export function placeNear(anchor: Rect, viewport: Size, size: Size, options: PlaceOptions = {}): Placement {
  const { gap = 8, margin = 8, minHeight = 160 } = options;
  const fullHeight = Math.max(0, viewport.height - 2 * margin);
  const anchorBottom = anchor.top + anchor.height;
  const below = viewport.height - margin - (anchorBottom + gap);
  const above = anchor.top - gap - margin;
  const left = clamp(anchor.left, margin, viewport.width - margin - size.width);

  let placement: Placement;
  if (size.height <= below) {
    placement = { top: anchorBottom + gap, left, maxHeight: below, side: 'below' };
  } else if (size.height <= above) {
    placement = { top: anchor.top - gap - size.height, left, maxHeight: above, side: 'above' };
  } else if (Math.max(below, above) >= minHeight) {
    placement =
      below >= above
        ? { top: anchorBottom + gap, left, maxHeight: below, side: 'below' }
        : { top: margin, left, maxHeight: above, side: 'above' };
  } else {
    placement = { top: margin, left, maxHeight: fullHeight, side: 'over' };
  }

  // An anchor scrolled out of view still leaves the overlay fully on screen.
  const shown = Math.min(size.height, placement.maxHeight);
  placement.top = clamp(placement.top, margin, viewport.height - margin - shown);
  placement.maxHeight = Math.min(placement.maxHeight, viewport.height - margin - placement.top);
  return placement;
}
