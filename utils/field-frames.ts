/**
 * Which frame of each tab holds the typing field the person focused last. Chat
 * widgets often live in a frame of their own, and the popup's Insert must put its
 * phrase there rather than into the page around it. Written by the background when
 * a content script reports a focused field, read by the popup. Session storage: it
 * does not outlive the browser session, and a tab's entry goes when the tab closes.
 */
import { storage } from 'wxt/utils/storage';

/** The top frame: where a phrase goes when no field was reported from anywhere else. */
export const TOP_FRAME = 0;

/** Frame ids by tab id. */
export const fieldFramesItem = storage.defineItem<Record<string, number>>('session:fieldFrames', { fallback: {} });

/** Notes that the field focused last in tab `tabId` is in frame `frameId`. */
export async function rememberFieldFrame(tabId: number, frameId: number): Promise<void> {
  const frames = await fieldFramesItem.getValue();
  if (frames[tabId] === frameId) return;
  await fieldFramesItem.setValue({ ...frames, [tabId]: frameId });
}

/** The frame of tab `tabId` that holds the field focused last; the top frame when none is known. */
export async function fieldFrameOf(tabId: number): Promise<number> {
  return (await fieldFramesItem.getValue())[tabId] ?? TOP_FRAME;
}

/** Drops a closed tab's entry. */
export async function forgetFieldFrame(tabId: number): Promise<void> {
  const frames = await fieldFramesItem.getValue();
  if (!(tabId in frames)) return;
  const { [tabId]: _closed, ...rest } = frames;
  await fieldFramesItem.setValue(rest);
}
