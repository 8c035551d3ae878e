import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_FILE, enabledOrigins, registrationId, setSiteAccess } from '../../../entrypoints/background/site-access';
import { fakeScripting } from './fake-scripting';

const ORIGIN = 'https://chat.bank.example';
// The fake browser is typed from the polyfill's declarations, the code from WXT's; they describe the same API.
const api = fakeBrowser as unknown as Parameters<typeof setSiteAccess>[0];

describe('setSiteAccess', () => {
  it('registers nothing while the browser has not granted the site', async () => {
    const { registered } = fakeScripting();
    expect(await setSiteAccess(api, ORIGIN, true)).toBe(false);
    expect(registered.size).toBe(0);
  });

  it('registers the content script for that origin only, in every frame, across restarts', async () => {
    const { registered } = fakeScripting([`${ORIGIN}/*`]);
    expect(await setSiteAccess(api, ORIGIN, true)).toBe(true);
    expect([...registered.values()]).toEqual([
      {
        id: registrationId(ORIGIN),
        matches: [`${ORIGIN}/*`],
        js: [CONTENT_SCRIPT_FILE],
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(await enabledOrigins(api)).toEqual([ORIGIN]);
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
