import { afterEach, describe, expect, it, vi } from 'vitest';
import { Breathing } from '../../../components/popup/Breathing';
import { click, mount, settle } from './mount';

let view: Awaited<ReturnType<typeof mount>> | undefined;
const $ = (selector: string) => view!.container.querySelector<HTMLElement>(selector)!;

afterEach(() => {
  vi.useRealTimers();
  view?.unmount();
  view = undefined;
});

describe('the breathing exercise', () => {
  it('guides in and out for one minute, then stops by itself', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let clock = 1_000;
    const now = () => clock;
    const wait = async (ms: number) => {
      clock += ms;
      vi.advanceTimersByTime(250);
      await settle();
    };
    view = await mount(<Breathing now={now} />);
    expect($('.breath-words').textContent).toBe('');
    await click($('.breathing button'));
    expect($('.breath-words').textContent).toBe('Breathe in slowly…');
    expect($('.breath-words').getAttribute('aria-live')).toBe('polite');
    expect($('.breath-circle').className).toContain('breath-in');
    await wait(5_000);
    expect($('.breath-words').textContent).toBe('And breathe out…');
    expect($('.breath-circle').className).toContain('breath-out');
    expect(view.container.textContent).toContain('55 s left');
    await wait(56_000);
    expect($('.breath-words').textContent).toBe('Well done. Take your time.');
    expect($('.breathing button').textContent).toBe('Start');
  });

  it('stops when asked', async () => {
    view = await mount(<Breathing />);
    await click($('.breathing button'));
    expect($('.breathing button').textContent).toBe('Stop');
    await click($('.breathing button'));
    expect($('.breath-words').textContent).toBe('');
    expect($('.breath-circle').className).not.toContain('breath-in');
  });
});
