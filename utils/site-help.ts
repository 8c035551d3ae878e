/**
 * "Help on this site": the person allows CalmLine on one web origin, and the
 * background registers the content script there; they can take it back at any time,
 * from the popup on that site or from the side panel's list of sites.
 */
import type { browser } from 'wxt/browser';
import type { sendToBackground } from './messaging';

type Api = Pick<typeof browser, 'permissions'>;
type Send = typeof sendToBackground;

/** The http(s) origin of a page, or null for the browser's own pages, files and the like. */
export function webOrigin(url: string): string | null {
  try {
    const { protocol, origin } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : null;
  } catch {
    return null;
  }
}

/** The browser's match pattern for every page of one origin: what help on a site is granted and registered for. */
export const patternFor = (origin: string) => `${origin}/*`;

/** Every origin where help is on now, in alphabetical order of host: the browser's grants are the record. */
export async function sitesWithHelp(api: Api): Promise<string[]> {
  const { origins = [] } = await api.permissions.getAll();
  const sites = origins.flatMap((pattern) => {
    // Only what "Help on this site" asks for: one http(s) origin, every path. A wildcard
    // host is a grant made in the browser's own settings, not a site the person allowed.
    const origin = pattern.endsWith('/*') ? webOrigin(pattern.slice(0, -2)) : null;
    return origin && !new URL(origin).host.includes('*') && patternFor(origin) === pattern ? [origin] : [];
  });
  return [...new Set(sites)].sort((a, b) => new URL(a).host.localeCompare(new URL(b).host) || a.localeCompare(b));
}

/** What happened when the person asked for help on a site. */
export type SiteHelpOutcome = { enabled: true } | { enabled: false; declined: true } | { enabled: false; error: string };

/** Whether help is on for `origin` now: the browser still grants CalmLine that site. */
export async function isSiteHelpOn(api: Api, origin: string): Promise<boolean> {
  return api.permissions.contains({ origins: [patternFor(origin)] });
}

/**
 * Asks the browser for `origin`, then has the background register the content
 * script there. Call it straight from the click: the browser shows its prompt only
 * in answer to a gesture, so the request is made before anything is awaited.
 */
export async function turnOnSiteHelp(api: Api, send: Send, origin: string): Promise<SiteHelpOutcome> {
  const asked = api.permissions.request({ origins: [patternFor(origin)] });
  if (!(await asked)) return { enabled: false, declined: true };
  const reply = await send('setSiteAccess', { origin, enabled: true });
  if (!reply.ok) return { enabled: false, error: reply.error };
  return reply.value.enabled ? { enabled: true } : { enabled: false, error: 'the site could not be set up' };
}

/** Has the background unregister the content script for `origin` and give the permission back. */
export async function turnOffSiteHelp(send: Send, origin: string): Promise<{ ok: true } | { ok: false; error: string }> {
  const reply = await send('setSiteAccess', { origin, enabled: false });
  return reply.ok ? { ok: true } : { ok: false, error: reply.error };
}
