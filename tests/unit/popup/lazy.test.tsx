import { afterEach, describe, expect, it } from 'vitest';
import { Lazy } from '../../../components/popup/Lazy';
import { mount, until } from './mount';

let view: Awaited<ReturnType<typeof mount>>;
afterEach(() => view.unmount());

function Greeting({ name }: { name: string }) {
  return <p class="greeting">Hello, {name}</p>;
}

describe('Lazy', () => {
  it('shows the component once it has loaded', async () => {
    view = await mount(<Lazy load={() => Promise.resolve(Greeting)} props={{ name: 'Ming' }} />);
    await until(() => expect(view.container.querySelector('.greeting')?.textContent).toBe('Hello, Ming'));
  });

  it('says in plain words when a part of the popup could not load', async () => {
    view = await mount(<Lazy load={() => Promise.reject(new Error('chunk missing'))} props={{}} />);
    await until(() =>
      expect(view.container.querySelector('[role="alert"]')?.textContent).toBe(
        'Something did not work: chunk missing. Nothing you saved has been lost.',
      ),
    );
  });
});
