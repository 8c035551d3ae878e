import { afterEach, describe, expect, it } from 'vitest';
import { RightsPanel } from '../../../components/popup/RightsPanel';
import { loadSettings } from '../../../utils/settings';
import { choose, mount } from './mount';

let view: Awaited<ReturnType<typeof mount>>;
const $ = <E extends Element = HTMLElement>(selector: string) => view.container.querySelector<E>(selector)!;
const $$ = (selector: string) => [...view.container.querySelectorAll<HTMLElement>(selector)];

afterEach(() => view.unmount());

describe('the rights card', () => {
  it('starts from the place the browser language suggests', async () => {
    view = await mount(<RightsPanel languages={['zh-HK']} />, ['zh-HK']);
    expect($('[data-testid="rights-card"]').dataset.jurisdiction).toBe('HK');
    expect($('h2').textContent).toBe('香港');
  });

  it('shows each rule with how sure it is and its source, and the not-legal-advice line', async () => {
    view = await mount(<RightsPanel languages={['en-HK']} />);
    const hours = $$('.topic')[0]!;
    expect(hours.querySelector('h3')?.textContent).toBe('Contact hours');
    expect([...hours.querySelectorAll('.certainty')].map((e) => e.textContent)).toEqual([
      'From the rule’s own text',
      'Reported, not confirmed',
    ]);
    expect(hours.textContent).toContain('Source: Code of Banking Practice, §43');
    expect($('.legal-note').textContent).toBe('This is general information, not legal advice.');
  });

  it('changes with the jurisdiction, saying plainly when a topic has no rule', async () => {
    view = await mount(<RightsPanel languages={['en-US']} />);
    await choose($<HTMLSelectElement>('select'), 'UK');
    expect($('h2').textContent).toBe('United Kingdom');
    const frequency = $$('.topic').find((t) => t.querySelector('h3')?.textContent === 'How often')!;
    expect(frequency.textContent).toContain('The rules CalmLine holds set no specific limit here.');
    await choose($<HTMLSelectElement>('select'), 'TW');
    expect($('.rule p')?.textContent).toBe('No contact before 07:00 or after 22:00.');
  });

  it('remembers the chosen jurisdiction for the next opening', async () => {
    view = await mount(<RightsPanel languages={['en-US']} />);
    await choose($<HTMLSelectElement>('select'), 'TW');
    expect((await loadSettings()).jurisdiction).toBe('TW');
    view.unmount();
    view = await mount(<RightsPanel languages={['en-US']} />);
    expect($('[data-testid="rights-card"]').dataset.jurisdiction).toBe('TW');
    expect($<HTMLSelectElement>('select').value).toBe('TW');
  });
});
