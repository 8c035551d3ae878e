import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../components/popup/PopupApp';
import { settingsItem } from '../../../utils/settings';
import { choose, click, mount, press, type, until } from './mount';

let view: Awaited<ReturnType<typeof mount>>;
const $ = <E extends Element = HTMLElement>(selector: string) => view.container.querySelector<E>(selector)!;
const $$ = (selector: string) => [...view.container.querySelectorAll<HTMLElement>(selector)];
const text = (selector: string) => $$(selector).map((e) => e.textContent);

beforeEach(async () => {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1, windowId: 1, url: 'chrome://newtab/', title: 'New Tab' } as never]);
  view = await mount(<PopupApp languages={['en-US']} />);
});
afterEach(() => view.unmount());

describe('the popup', () => {
  it('opens on "What to say", before the call, with the breathing exercise', () => {
    expect($('h1').textContent).toBe('CalmLine');
    expect($('#section-tab-phrases').getAttribute('aria-selected')).toBe('true');
    expect($('[data-testid="situation"]').dataset.situation).toBe('before-call');
    expect($('.breathing')).not.toBeNull();
  });

  it('moves between situations with the arrow keys, Home and End', async () => {
    await press($('#situation-tab-before-call'), 'ArrowRight');
    expect($('[data-testid="situation"]').dataset.situation).toBe('aggressive');
    expect(document.activeElement?.id).toBe('situation-tab-aggressive');
    await press($('#situation-tab-aggressive'), 'ArrowLeft');
    await press($('#situation-tab-before-call'), 'ArrowLeft');
    expect($('[data-testid="situation"]').dataset.situation).toBe('after-call');
    await press($('#situation-tab-after-call'), 'Home');
    expect($('[data-testid="situation"]').dataset.situation).toBe('before-call');
  });

  it('copies a phrase in one click and says so to everyone', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await click($('#situation-tab-supervisor'));
    const phrase = $$('#situation-panel button.phrase')[0]!;
    await click(phrase);
    expect(write).toHaveBeenCalledWith('Thank you for your help. Could I speak with your supervisor, please?');
    expect($('[data-testid="announcer"]').getAttribute('aria-live')).toBe('polite');
    expect($('[data-testid="announcer"]').textContent).toBe('Copied. Paste it where you need it.');
  });

  it('tells the person plainly when the clipboard refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await click($$('#situation-panel button.phrase')[0]!);
    expect($('[data-testid="announcer"]').textContent).toBe('Could not copy. Select the text and copy it by hand.');
  });

  it('writes phrases in the chosen language with their meaning, and remembers the choice', async () => {
    await click($('#situation-tab-more-time'));
    await choose($<HTMLSelectElement>('.phrases-panel select'), 'zh_CN');
    expect((await settingsItem.getValue()).phraseLocale).toBe('zh_CN');
    expect($$('#situation-panel button.phrase')[0]!.textContent).toBe('我现在没办法一次还清，但我是愿意还的。能否宽限到[日期]？');
    expect($$('#situation-panel button.phrase')[0]!.getAttribute('lang')).toBe('zh-Hans-CN');
    expect(text('#situation-panel .meaning')[0]).toMatch(/^Meaning: I can't pay the full amount/);
  });

  it('shows no meaning line when phrases follow the interface language', async () => {
    expect($$('#situation-panel .meaning')).toHaveLength(0);
  });

  it('searches across languages and opens a found situation', async () => {
    await type($<HTMLInputElement>('input[type="search"]'), '主管');
    expect($$('[data-testid="search-results"] h2')[0]!.textContent).toBe('I want a supervisor');
    await click($$('[data-testid="search-results"] button.link')[0]!);
    expect($<HTMLInputElement>('input[type="search"]').value).toBe('');
    expect($('[data-testid="situation"]').dataset.situation).toBe('supervisor');
  });

  it('says kindly when a search finds nothing', async () => {
    await type($<HTMLInputElement>('input[type="search"]'), 'zebra');
    expect($('.empty').textContent).toBe('Nothing found for “zebra”. Try fewer or other words.');
  });

  it('follows a language change from the switcher', async () => {
    await choose($<HTMLSelectElement>('[data-testid="language-switch"]'), 'zh_TW');
    expect($('#section-tab-phrases').textContent).toBe('怎麼說');
    expect(document.documentElement.lang).toBe('zh-Hant-TW');
    expect((await settingsItem.getValue()).locale).toBe('zh_TW');
  });

  it('loads the checker and the rights cards when their tabs are opened', async () => {
    await click($('#section-tab-check'));
    await until(() => expect($('#draft')).not.toBeNull());
    await press($('#section-tab-check'), 'ArrowRight');
    await until(() => expect($('[data-testid="rights-card"]')?.dataset.jurisdiction).toBe('US'));
  });

  it('explains calmly why help cannot be turned on for a browser page', () => {
    const note = $('[data-testid="site-help"]');
    expect(note.dataset.state).toBe('unavailable');
    expect(note.textContent).toBe('Help can be turned on for web pages only; this page belongs to the browser.');
    expect($$('.quick-actions button').find((b) => b.textContent === 'Help on this site')?.hasAttribute('disabled')).toBe(true);
  });
});
