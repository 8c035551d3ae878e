/**
 * "Help on this site": the content script is registered only for origins the
 * person allowed, and only while the browser still grants that permission.
 */
import type { browser } from 'wxt/browser';

type Browser = typeof browser;

type Api = Pick<Browser, 'permissions' | 'scripting'>;

/** The script the build emits for the content entrypoint. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** A stable registration id per origin, so enabling twice does not register twice. */
export const registrationId = (origin: string) => `calmline:${origin}`;

const patternFor = (origin: string) => `${origin}/*`;

/**
 * Registers or unregisters the content script for one origin. Registration needs
 * the host permission the popup asked for; without it nothing is registered.
 * Returns whether help is now enabled there.
 */
export async function setSiteAccess(api: Api, origin: string, enabled: boolean): Promise<boolean> {
  const id = registrationId(origin);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [id] });
  if (!enabled) {
    if (existing.length) await api.scripting.unregisterContentScripts({ ids: [id] });
    await api.permissions.remove({ origins: [patternFor(origin)] }).catch(() => false);
    return false;
  }
  const granted = await api.permissions.contains({ origins: [patternFor(origin)] });
  if (!granted) return false;
  if (!existing.length) {
    await api.scripting.registerContentScripts([
      {
        id,
        matches: [patternFor(origin)],
        js: [CONTENT_SCRIPT_FILE],
        // Chat widgets often live in iframes.
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return true;
}

/** Origins where help is enabled now. */
export async function enabledOrigins(api: Api): Promise<string[]> {
  const scripts = await api.scripting.getRegisteredContentScripts();
  return scripts.filter((s) => s.id.startsWith('calmline:')).map((s) => s.id.slice('calmline:'.length));
}
