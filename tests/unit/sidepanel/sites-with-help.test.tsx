import { describe, expect, it, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { SitesWithHelp } from '../../../components/sidepanel/SitesWithHelp';
import { sitesWithHelp } from '../../../utils/site-help';
import { button, click, show } from './render';

type Listener = () => void;

/** The browser's grants, with the events the list listens to. */
function grants(origins: string[]) {
  const listeners = new Set<Listener>();
  const event = { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) };
  const api = {
    permissions: {
      getAll: vi.fn(async () => ({ origins: [...origins], permissions: [] })),
      onAdded: event,
      onRemoved: event,
    },
  } as unknown as Pick<typeof browser, 'permissions'>;
  const change = (next: string[]) => {
    origins.splice(0, origins.length, ...next);
    for (const l of listeners) l();
  };
  return { api, change, listeners };
}

describe('sitesWithHelp', () => {
  it('lists the single sites the person allowed, by host, and nothing the browser granted more widely', async () => {
    const { api } = grants([
      'https://www.bank.example/*',
      'http://127.0.0.1:8080/*',
      'https://chat.agency.example/*',
      'https://*/*',
      'https://*.example.com/*',
      'https://partial.example/help/*',
    ]);
    expect(await sitesWithHelp(api)).toEqual(['http://127.0.0.1:8080', 'https://chat.agency.example', 'https://www.bank.example']);
  });
});

describe('SitesWithHelp', () => {
  it('says calmly how to turn help on when it is on nowhere', async () => {
    const { api } = grants([]);
    const root = show(<SitesWithHelp api={api} send={vi.fn()} />);
    await vi.waitFor(() => expect(root.textContent).toContain('None at the moment.'));
    expect(root.querySelector('li')).toBeNull();
  });

  it('turns help off on one site through the background, and says so', async () => {
    const { api } = grants(['https://chat.agency.example/*', 'https://www.bank.example/*']);
    const send = vi.fn(async () => ({ ok: true as const, value: { enabled: false } }));
    const root = show(<SitesWithHelp api={api} send={send as never} />);
    await vi.waitFor(() => expect(root.querySelectorAll('li')).toHaveLength(2));
    const off = root.querySelector('button[aria-label="Turn off help on www.bank.example"]');
    expect(off?.textContent).toBe('Turn off');
    click(off);
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Help is off on www.bank.example. CalmLine no longer runs there.'));
    expect(send).toHaveBeenCalledWith('setSiteAccess', { origin: 'https://www.bank.example', enabled: false });
    expect([...root.querySelectorAll('li .site')].map((s) => s.textContent)).toEqual(['chat.agency.example']);
  });

  it('keeps the site listed and says what went wrong when the background cannot turn it off', async () => {
    const { api } = grants(['https://www.bank.example/*']);
    const send = vi.fn(async () => ({ ok: false as const, error: 'the background did not answer' }));
    const root = show(<SitesWithHelp api={api} send={send as never} />);
    await vi.waitFor(() => expect(root.querySelector('li')).toBeTruthy());
    click(button(root, 'Turn off'));
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toContain('the background did not answer'));
    expect(root.querySelector('[role="status"]')?.className).toBe('warning');
    expect(root.querySelectorAll('li')).toHaveLength(1);
  });

  it('follows the browser when help is turned on or off elsewhere, and stops listening when closed', async () => {
    const { api, change, listeners } = grants([]);
    const root = show(<SitesWithHelp api={api} send={vi.fn()} />);
    await vi.waitFor(() => expect(root.textContent).toContain('None at the moment.'));
    change(['https://www.bank.example/*']);
    await vi.waitFor(() => expect(root.querySelector('li .site')?.textContent).toBe('www.bank.example'));
    expect(listeners.size).toBe(1);
  });
});
