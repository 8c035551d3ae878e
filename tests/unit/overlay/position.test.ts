import { describe, expect, it } from 'vitest';
import { placeNear } from '../../../utils/overlay/position';

const viewport = { width: 1000, height: 800 };
const box = { width: 400, height: 300 };

describe('placeNear', () => {
  it('goes below a field near the top, aligned with its left edge', () => {
    const field = { top: 100, left: 200, width: 500, height: 40 };
    expect(placeNear(field, viewport, box)).toEqual({ top: 148, left: 200, maxHeight: 644, side: 'below' });
  });

  it('goes above a chat box at the bottom of the window, never covering it', () => {
    const field = { top: 700, left: 200, width: 500, height: 60 };
    const p = placeNear(field, viewport, box);
    expect(p.side).toBe('above');
    expect(p.top + box.height).toBeLessThanOrEqual(field.top);
  });

  it('stays inside the right edge of the viewport', () => {
    const p = placeNear({ top: 100, left: 900, width: 80, height: 20 }, viewport, box);
    expect(p.left).toBe(1000 - 8 - 400);
  });

  it('takes the roomier side and scrolls inside when the box fits neither', () => {
    const tall = { width: 400, height: 700 };
    const p = placeNear({ top: 500, left: 0, width: 300, height: 40 }, viewport, tall);
    expect(p).toMatchObject({ side: 'above', top: 8, maxHeight: 484 });
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(500);
  });

  it('covers the viewport from the top when both sides are cramped (a small chat iframe)', () => {
    const frame = { width: 320, height: 360 };
    const p = placeNear({ top: 120, left: 10, width: 300, height: 120 }, frame, { width: 304, height: 500 });
    expect(p).toEqual({ top: 8, left: 8, maxHeight: 344, side: 'over' });
  });

  it('stays on screen when the field has scrolled out of view', () => {
    const above = placeNear({ top: -600, left: 100, width: 300, height: 40 }, viewport, box);
    expect(above.top).toBeGreaterThanOrEqual(8);
    const below = placeNear({ top: 2000, left: 100, width: 300, height: 40 }, viewport, box);
    expect(below.top + Math.min(box.height, below.maxHeight)).toBeLessThanOrEqual(800 - 8);
    expect(below.top).toBeGreaterThanOrEqual(8);
  });

  it('keeps a box wider than the viewport at the left margin', () => {
    const p = placeNear({ top: 10, left: 50, width: 10, height: 10 }, { width: 300, height: 800 }, box);
    expect(p.left).toBe(8);
  });
});
