/**
 * "Explain this message with CalmLine", from the selection's context menu or the
 * `analyze-selection` keyboard command. Either counts as the person's gesture, so
 * the browser grants activeTab for that tab: the content script is injected there
 * and then, with no standing access to any site.
 */
import type { browser } from 'wxt/browser';
import { resolveLocale, translate } from '../../utils/i18n';
import { sendToContent } from '../../utils/messaging';
import { loadSettings, settingsItem } from '../../utils/settings';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { CONTENT_SCRIPT_FILE } from './site-access';

type Browser = typeof browser;
/** The parts of the extension API this feature uses. */
interface Api {
  contextMenus: Pick<Browser['contextMenus'], 'create' | 'remove' | 'update' | 'onClicked'>;
  commands: Pick<Browser['commands'], 'onCommand'>;
  runtime: Pick<Browser['runtime'], 'onInstalled'>;
  scripting: Pick<Browser['scripting'], 'executeScript'>;
}

export const MENU_ID = 'calmline-explain-selection';
/** The same file site access registers, as a path from the extension's root. */
const CONTENT_SCRIPT = `/${CONTENT_SCRIPT_FILE}` as ScriptPublicPath;
export const COMMAND = 'analyze-selection';

/** The longest text the content script accepts in one request. */
const MAX_TEXT = 200_000;

interface FrameSelection {
  text: string;
  focused: boolean;
}

/**
 * Runs in the page (so it must not use anything from this module): the selected
 * text, including a selection inside a text box, and whether this frame has focus.
 */
function readSelection(): FrameSelection {
  const active = document.activeElement;
  let text = '';
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    const { selectionStart, selectionEnd, value } = active;
    if (selectionStart !== null && selectionEnd !== null) text = value.slice(selectionStart, selectionEnd);
  }
  return { text: text || (getSelection()?.toString() ?? ''), focused: document.hasFocus() };
}

/** Which frame holds the selection (or focus), and its text; frame 0 and no text when there is none. */
async function findSelection(api: Api, tabId: number, frameId?: number): Promise<{ frameId: number; text: string }> {
  const target = frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] };
  const results = await api.scripting.executeScript({ target, func: readSelection }).catch(() => []);
  const found = results.map((r) => ({ frameId: r.frameId, ...(r.result as FrameSelection | undefined) }));
  const selected = found.find((r) => r.text?.trim());
  if (selected) return { frameId: selected.frameId, text: selected.text! };
  return { frameId: found.find((r) => r.focused)?.frameId ?? frameId ?? 0, text: '' };
}

/**
 * Injects the content script into one frame and asks it to explain `text`.
 * A frame of another origin is not covered by activeTab; the top frame is used then.
 */
export async function explainInTab(api: Api, tabId: number, frameId: number, text: string): Promise<boolean> {
  for (const frame of frameId === 0 ? [0] : [frameId, 0]) {
    try {
      await api.scripting.executeScript({ target: { tabId, frameIds: [frame] }, files: [CONTENT_SCRIPT] });
    } catch {
      continue;
    }
    const reply = await sendToContent(tabId, 'showAnalysis', { text: text.slice(0, MAX_TEXT) }, frame);
    return reply.ok;
  }
  return false;
}

async function menuTitle(): Promise<string> {
  const settings = await loadSettings();
  return translate(resolveLocale(settings.locale, navigator.languages ?? []), 'overlayMenuTitle');
}

/** Adds the context menu item, in the person's language. */
export async function createMenu(api: Api): Promise<void> {
  await api.contextMenus.remove(MENU_ID).catch(() => undefined);
  api.contextMenus.create({ id: MENU_ID, title: await menuTitle(), contexts: ['selection'] });
}

/** Wires the menu, the keyboard command and the menu's language. Call once from the background's main(). */
export function startAnalyzeSelection(api: Api): void {
  api.runtime.onInstalled.addListener(() => void createMenu(api));
  settingsItem.watch(async () => {
    await api.contextMenus.update(MENU_ID, { title: await menuTitle() }).catch(() => undefined);
  });
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const tabId = tab.id;
    void findSelection(api, tabId, info.frameId ?? 0).then((found) =>
      explainInTab(api, tabId, found.frameId, found.text || info.selectionText || ''),
    );
  });
  api.commands.onCommand.addListener((command, tab) => {
    if (command !== COMMAND || tab?.id === undefined) return;
    const tabId = tab.id;
    void findSelection(api, tabId).then((found) => explainInTab(api, tabId, found.frameId, found.text));
  });
}
