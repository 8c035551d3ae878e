import { describe, expect, it, vi } from 'vitest';
import { useState } from 'preact/hooks';
import { ViewTabs } from '../../../components/sidepanel/ViewTabs';
import type { View } from '../../../components/sidepanel/views';
import { show } from './render';

const views: View[] = ['notes', 'patterns', 'backup'].map((id) => ({ id, label: 'sidepanelViewNotes', render: () => <p>{id}</p> }));

function Tabs() {
  const [active, setActive] = useState('notes');
  return <ViewTabs views={views} active={active} onSelect={setActive} />;
}

const press = (key: string) =>
  document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('ViewTabs', () => {
  it('is a tab list where only the selected tab is in the tab order', async () => {
    const root = show(<Tabs />);
    await new Promise((r) => setTimeout(r, 0));
    const tabs = [...root.querySelectorAll('[role="tab"]')];
    expect(root.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Sections');
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    expect(tabs[0]!.getAttribute('aria-controls')).toBe('panel-notes');
  });

  it('moves with the arrow keys, Home and End, wrapping around', async () => {
    const root = show(<Tabs />);
    await new Promise((r) => setTimeout(r, 0));
    const selected = () => root.querySelector('[aria-selected="true"]')?.id;
    (root.querySelector('#tab-notes') as HTMLElement).focus();
    press('ArrowRight');
    await vi.waitFor(() => expect(selected()).toBe('tab-patterns'));
    expect(document.activeElement?.id).toBe('tab-patterns');
    press('End');
    await vi.waitFor(() => expect(selected()).toBe('tab-backup'));
    press('ArrowRight');
    await vi.waitFor(() => expect(selected()).toBe('tab-notes'));
    press('ArrowLeft');
    await vi.waitFor(() => expect(selected()).toBe('tab-backup'));
    press('Home');
    await vi.waitFor(() => expect(selected()).toBe('tab-notes'));
  });
});
