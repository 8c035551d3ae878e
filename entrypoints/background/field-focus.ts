/**
 * A content script reports that a typing field took focus. Two things follow: the
 * analyzer gets ready for a paste that may come soon, and the field's frame is
 * remembered for the popup's Insert.
 */
import type { Browser, browser } from 'wxt/browser';
import { forgetFieldFrame, rememberFieldFrame } from '../../utils/field-frames';
import { prepareAnalyzer } from '../../utils/analyzer-ready';

type Sender = Browser.runtime.MessageSender;

/** Handles `fieldFocused`; false when the sender is not a frame of a tab. */
export async function noteFieldFocus(sender: Sender): Promise<boolean> {
  void prepareAnalyzer();
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.frameId === undefined) return false;
  await rememberFieldFrame(tabId, sender.frameId);
  return true;
}

/** Forgets each tab's field frame when the tab closes. */
export function startFieldFrameCleanup(api: Pick<typeof browser, 'tabs'>): void {
  api.tabs.onRemoved.addListener((tabId) => void forgetFieldFrame(tabId));
}
