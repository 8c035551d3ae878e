import { afterEach, describe, expect, it } from 'vitest';
import { replyDraftItem } from '../../../components/popup/draft-store';
import { ReplyChecker } from '../../../components/popup/ReplyChecker';
import { click, mount, type } from './mount';

let view: Awaited<ReturnType<typeof mount>>;
const $ = <E extends Element = HTMLElement>(selector: string) => view.container.querySelector<E>(selector)!;
const $$ = (selector: string) => [...view.container.querySelectorAll<HTMLElement>(selector)];

afterEach(() => view.unmount());

describe('the reply checker', () => {
  it('marks heated words in place and explains each', async () => {
    view = await mount(<ReplyChecker />);
    await type($<HTMLTextAreaElement>('#draft'), 'You people never listen!!!');
    expect($('.verdict').textContent).toBe('Worth a second look: 2');
    expect($$('mark.tone').map((m) => [m.textContent, m.dataset.kinds])).toEqual([
      ['You people', 'absolute'],
      ['!!!', 'over-punctuated'],
    ]);
    expect($('[data-testid="marked-draft"]').textContent).toBe('You people never listen!!!');
    const first = $$('.findings > li')[0]!;
    expect(first.querySelector('.kind')?.textContent).toBe('Sweeping');
    expect(first.querySelector('.why')?.textContent).toMatch(/“you people”/);
    expect(first.querySelectorAll('button.phrase').length).toBeGreaterThan(0);
  });

  it('puts a fix in place and checks again', async () => {
    view = await mount(<ReplyChecker />);
    await type($<HTMLTextAreaElement>('#draft'), 'PLEASE STOP CALLING ME');
    await click($$('.findings button').find((b) => b.textContent === 'Use “Please stop calling me”')!);
    expect($<HTMLTextAreaElement>('#draft').value).toBe('Please stop calling me');
    expect($('.verdict').textContent).toBe('This reads calm and clear. Nothing to change.');
  });

  it('explains in the interface language and suggests in the draft’s language', async () => {
    view = await mount(<ReplyChecker />, ['zh-TW']);
    await type($<HTMLTextAreaElement>('#draft'), '你们就是骗子');
    const first = $$('.findings > li')[0]!;
    expect(first.querySelector('.kind')?.textContent).toBe('以偏概全');
    expect(first.querySelector('button.phrase')?.getAttribute('lang')).toBe('zh-Hans-CN');
  });

  it('shows nothing to check for an empty draft', async () => {
    view = await mount(<ReplyChecker />);
    await type($<HTMLTextAreaElement>('#draft'), '   ');
    expect($('[data-testid="check-result"]')).toBeNull();
  });

  it('keeps the draft for the session, so closing the popup loses nothing', async () => {
    view = await mount(<ReplyChecker />);
    await type($<HTMLTextAreaElement>('#draft'), 'I can pay on Friday.');
    expect(await replyDraftItem.getValue()).toBe('I can pay on Friday.');
    view.unmount();
    view = await mount(<ReplyChecker />);
    expect($<HTMLTextAreaElement>('#draft').value).toBe('I can pay on Friday.');
  });
});
