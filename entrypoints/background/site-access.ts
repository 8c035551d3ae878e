/**
 * "Help on this site": the content script is registered only for origins the
 * person allowed, and only while the browser still grants that permission.
 */
import type { browser } from 'wxt/browser';
import { isSiteHelpOn, patternFor } from '../../utils/site-help';

type Browser = typeof browser;

type Api = Pick<Browser, 'permissions' | 'scripting'>;
type Registration = Parameters<Browser['scripting']['registerContentScripts']>[0][number];

/** The script the build emits for the content entrypoint. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

const ID_PREFIX = 'calmline:';

/** A stable registration id per origin, so enabling twice does not register twice. */
export const registrationId = (origin: string) => `${ID_PREFIX}${origin}`;

/** The origin one of our registrations is for; null for a registration not made here. */
const originOf = (id: string) => (id.startsWith(ID_PREFIX) ? id.slice(ID_PREFIX.length) : null);

/** How the content script is registered for an allowed origin. */
export function registrationFor(origin: string): Registration {
  return {
    id: registrationId(origin),
    matches: [patternFor(origin)],
    js: [CONTENT_SCRIPT_FILE],
    // Chat widgets often live in iframes…
    allFrames: true,
    // …and many are written by the page's script into a frame with no address of its
    // own (about:blank), which has the page's origin but matches no pattern by its URL.
    matchOriginAsFallback: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

/** Whether a registration made earlier (perhaps by an older version) already has every current option. */
function isCurrent(existing: Registration, wanted: Registration): boolean {
  return (Object.keys(wanted) as (keyof Registration)[]).every(
    (key) => JSON.stringify(existing[key]) === JSON.stringify(wanted[key]),
  );
}

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
  if (!(await isSiteHelpOn(api, origin))) return false;
  const wanted = registrationFor(origin);
  if (!existing.length) await api.scripting.registerContentScripts([wanted]);
  else if (!isCurrent(existing[0]!, wanted)) await api.scripting.updateContentScripts([wanted]);
  return true;
}

/**
 * Brings every site's registration up to the current options. Registrations outlive
 * extension updates, so a site allowed under an older version would otherwise keep
 * that version's options until the person turned help off and on again.
 */
export async function refreshSiteAccess(api: Api): Promise<number> {
  const stale = (await api.scripting.getRegisteredContentScripts())
    .flatMap((existing) => {
      const origin = originOf(existing.id);
      return origin === null ? [] : [{ existing, wanted: registrationFor(origin) }];
    })
    .filter(({ existing, wanted }) => !isCurrent(existing, wanted));
  if (stale.length) await api.scripting.updateContentScripts(stale.map((s) => s.wanted));
  return stale.length;
}

/** Refreshes the registrations after each install or update. Call once from the background's main(). */
export function startSiteAccessUpkeep(api: Api & Pick<Browser, 'runtime'>): void {
  api.runtime.onInstalled.addListener(() => void refreshSiteAccess(api).catch(() => 0));
}

/** Origins where help is enabled now. */
export async function enabledOrigins(api: Api): Promise<string[]> {
  const scripts = await api.scripting.getRegisteredContentScripts();
  return scripts.flatMap((s) => originOf(s.id) ?? []);
}
