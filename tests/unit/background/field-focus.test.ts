import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noteFieldFocus, startFieldFrameCleanup } from '../../../entrypoints/background/field-focus';
import { fieldFrameOf, fieldFramesItem } from '../../../utils/field-frames';

const api = fakeBrowser as unknown as Parameters<typeof startFieldFrameCleanup>[0];
const frame = (tabId: number, frameId: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as never, frameId });

beforeEach(() => fakeBrowser.reset());

describe('a typing field taking focus', () => {
  it("remembers, for each tab, the frame of the field focused last; the top frame is the default", async () => {
    expect(await fieldFrameOf(5)).toBe(0);
    expect(await noteFieldFocus(frame(5, 12))).toBe(true);
    expect(await noteFieldFocus(frame(8, 0))).toBe(true);
    expect(await fieldFrameOf(5)).toBe(12);
    expect(await fieldFrameOf(8)).toBe(0);
    // Back in the page around the widget: the top frame is the place again.
    await noteFieldFocus(frame(5, 0));
    expect(await fieldFrameOf(5)).toBe(0);
  });

  it('is not noted from a sender that is not a frame of a tab', async () => {
    expect(await noteFieldFocus({ id: fakeBrowser.runtime.id, url: 'chrome-extension://x/popup.html' })).toBe(false);
    expect(await noteFieldFocus({ id: fakeBrowser.runtime.id, tab: { id: 5 } as never })).toBe(false);
    expect(await fieldFramesItem.getValue()).toEqual({});
  });

  it("is forgotten when the tab closes, and only that tab's", async () => {
    startFieldFrameCleanup(api);
    await noteFieldFocus(frame(5, 12));
    await noteFieldFocus(frame(6, 3));
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    await expect.poll(() => fieldFramesItem.getValue()).toEqual({ 6: 3 });
  });
});
