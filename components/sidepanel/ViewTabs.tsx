/** The tab list of views: arrow keys, Home and End move between tabs, as the ARIA pattern asks. */
import { useRef } from 'preact/hooks';
import { useApp } from '../app/AppFrame';
import type { View } from './views';

interface Props {
  views: readonly View[];
  active: string;
  onSelect: (id: string) => void;
}

/** The id of a view's tab. */
export const tabId = (id: string) => `tab-${id}`;
/** The id of a view's panel. */
export const panelId = (id: string) => `panel-${id}`;

/** The tab list; the selected tab is the only one in the Tab order. */
export function ViewTabs({ views, active, onSelect }: Props) {
  const { t } = useApp();
  const list = useRef<HTMLDivElement>(null);

  const move = (e: KeyboardEvent) => {
    const index = views.findIndex((v) => v.id === active);
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? (index + 1) % views.length
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? (index - 1 + views.length) % views.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? views.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    onSelect(views[next]!.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(views[next]!.id)}`)?.focus();
  };

  return (
    <div ref={list} class="tabs" role="tablist" aria-label={t('sidepanelViews')} onKeyDown={move}>
      {views.map((view) => (
        <button
          key={view.id}
          id={tabId(view.id)}
          type="button"
          role="tab"
          aria-selected={view.id === active}
          aria-controls={panelId(view.id)}
          tabIndex={view.id === active ? 0 : -1}
          onClick={() => onSelect(view.id)}
        >
          {t(view.label)}
        </button>
      ))}
    </div>
  );
}
