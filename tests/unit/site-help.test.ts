import { describe, expect, it, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSiteHelpOn, turnOffSiteHelp, turnOnSiteHelp, webOrigin } from '../../utils/site-help';
import { sendToBackground } from '../../utils/messaging';

/** The fake browser, typed as the real one it stands in for. */
const api = fakeBrowser as unknown as typeof browser;

/** Plays the background: records each message and answers with `reply`. */
function background(reply: (message: { type: string; data: unknown }) => unknown) {
  const received: { type: string; data: unknown }[] = [];
  fakeBrowser.runtime.onMessage.addListener(((message: { type: string; data: unknown }) => {
    received.push({ type: message.type, data: message.data });
    return Promise.resolve(reply(message));
  }) as never);
  return received;
}

describe('webOrigin', () => {
  it('gives the origin of web pages only', () => {
    expect(webOrigin('https://chat.example.com/help?q=1#top')).toBe('https://chat.example.com');
    expect(webOrigin('http://localhost:8080/x')).toBe('http://localhost:8080');
    expect(webOrigin('chrome://extensions/')).toBeNull();
    expect(webOrigin('chrome-extension://abc/popup.html')).toBeNull();
    expect(webOrigin('file:///home/me/letter.html')).toBeNull();
    expect(webOrigin('about:blank')).toBeNull();
    expect(webOrigin('')).toBeNull();
  });
});

describe('help on this site', () => {
  const origin = 'https://chat.example.com';

  it('is on when the browser grants the site', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    expect(await isSiteHelpOn(api, origin)).toBe(true);
    expect(contains).toHaveBeenCalledWith({ origins: ['https://chat.example.com/*'] });
  });

  it('asks the browser at once, then has the background register the content script', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const received = background(() => ({ ok: true, value: { enabled: true } }));
    const outcome = turnOnSiteHelp(api, sendToBackground, origin);
    // Nothing awaited before the request: the browser only prompts in answer to the click.
    expect(request).toHaveBeenCalledWith({ origins: ['https://chat.example.com/*'] });
    expect(await outcome).toEqual({ enabled: true });
    expect(received).toEqual([{ type: 'setSiteAccess', data: { origin, enabled: true } }]);
  });

  it('changes nothing when the person declines the prompt', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    const received = background(() => ({ ok: true, value: { enabled: true } }));
    expect(await turnOnSiteHelp(api, sendToBackground, origin)).toEqual({ enabled: false, declined: true });
    expect(received).toEqual([]);
  });

  it('reports in plain words when the background could not set the site up', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    background(() => ({ ok: false, error: 'registration failed' }));
    expect(await turnOnSiteHelp(api, sendToBackground, origin)).toEqual({ enabled: false, error: 'registration failed' });
  });

  it('reports when the permission was granted but the background still says no', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    background(() => ({ ok: true, value: { enabled: false } }));
    expect(await turnOnSiteHelp(api, sendToBackground, origin)).toMatchObject({ enabled: false });
  });

  it('turns off by asking the background to unregister and give the permission back', async () => {
    const received = background(() => ({ ok: true, value: { enabled: false } }));
    expect(await turnOffSiteHelp(sendToBackground, origin)).toEqual({ ok: true });
    expect(received).toEqual([{ type: 'setSiteAccess', data: { origin, enabled: false } }]);
  });

  it('passes on the error when the background cannot be reached', async () => {
    const outcome = await turnOffSiteHelp(sendToBackground, origin);
    expect(outcome.ok).toBe(false);
  });
});
