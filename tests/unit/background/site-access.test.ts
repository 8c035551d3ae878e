import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTENT_SCRIPT_FILE,
  enabledOrigins,
  refreshSiteAccess,
  registrationId,
  setSiteAccess,
  startSiteAccessUpkeep,
} from '../../../entrypoints/background/site-access';
import { fakeScripting } from './fake-scripting';

const ORIGIN = 'https://chat.bank.example';
// The fake browser is typed from the polyfill's declarations, the code from WXT's; they describe the same API.
const api = fakeBrowser as unknown as Parameters<typeof setSiteAccess>[0];

/** A registration as the version before matchOriginAsFallback made it. */
const olderRegistration = () => ({
  id: registrationId(ORIGIN),
  matches: [`${ORIGIN}/*`],
  js: [CONTENT_SCRIPT_FILE],
  allFrames: true,
  runAt: 'document_idle' as const,
  persistAcrossSessions: true,
});

describe('setSiteAccess', () => {
  it('registers nothing while the browser has not granted the site', async () => {
    const { registered } = fakeScripting();
    expect(await setSiteAccess(api, ORIGIN, true)).toBe(false);
    expect(registered.size).toBe(0);
  });

  it('registers the content script for that origin only, in every frame (about:blank ones too), across restarts', async () => {
    const { registered } = fakeScripting([`${ORIGIN}/*`]);
    expect(await setSiteAccess(api, ORIGIN, true)).toBe(true);
    expect([...registered.values()]).toEqual([
      {
        id: registrationId(ORIGIN),
        matches: [`${ORIGIN}/*`],
        js: [CONTENT_SCRIPT_FILE],
        allFrames: true,
        matchOriginAsFallback: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(await enabledOrigins(api)).toEqual([ORIGIN]);
  });

  it("brings a registration an older version made up to date when help is turned on again", async () => {
    const { registered } = fakeScripting([`${ORIGIN}/*`]);
    const older = olderRegistration();
    registered.set(older.id, older);
    expect(await setSiteAccess(api, ORIGIN, true)).toBe(true);
    expect(registered.get(older.id)).toMatchObject({ matchOriginAsFallback: true });
    expect(registered.size).toBe(1);
  });

  it('does not register twice when enabled twice', async () => {
    const { registered } = fakeScripting([`${ORIGIN}/*`]);
    await setSiteAccess(api, ORIGIN, true);
    expect(await setSiteAccess(api, ORIGIN, true)).toBe(true);
    expect(registered.size).toBe(1);
  });

  it('unregisters and gives the permission back when turned off, leaving other sites alone', async () => {
    const other = 'http://127.0.0.1:8080';
    const { registered, origins } = fakeScripting([`${ORIGIN}/*`, `${other}/*`]);
    await setSiteAccess(api, ORIGIN, true);
    await setSiteAccess(api, other, true);
    expect(await setSiteAccess(api, ORIGIN, false)).toBe(false);
    expect([...registered.keys()]).toEqual([registrationId(other)]);
    expect([...origins]).toEqual([`${other}/*`]);
    expect(await enabledOrigins(api)).toEqual([other]);
  });
});

describe('refreshSiteAccess', () => {
  it("updates every allowed site's registration after an update, and leaves current ones and other scripts alone", async () => {
    const other = 'http://127.0.0.1:8080';
    const { registered } = fakeScripting([`${ORIGIN}/*`, `${other}/*`]);
    await setSiteAccess(api, other, true);
    const older = olderRegistration();
    registered.set(older.id, older);
    registered.set('someone-elses', { id: 'someone-elses', matches: ['https://x.example/*'], js: ['x.js'] });
    const update = vi.mocked(fakeBrowser.scripting.updateContentScripts);
    update.mockClear();

    let installed: (() => void) | undefined;
    vi.spyOn(fakeBrowser.runtime.onInstalled, 'addListener').mockImplementation((l) => void (installed = l as () => void));
    startSiteAccessUpkeep(fakeBrowser as unknown as Parameters<typeof startSiteAccessUpkeep>[0]);
    installed!();
    await vi.waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update.mock.calls[0]![0].map((s) => s.id)).toEqual([registrationId(ORIGIN)]);
    expect(registered.get(registrationId(ORIGIN))).toMatchObject({ matchOriginAsFallback: true });
    expect(registered.get('someone-elses')).toEqual({ id: 'someone-elses', matches: ['https://x.example/*'], js: ['x.js'] });
    expect(await refreshSiteAccess(api)).toBe(0);
  });
});
