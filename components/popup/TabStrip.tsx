/**
 * A row of tabs that arrow keys move through (WAI-ARIA tabs with automatic
 * activation): the focused tab is the selected one, Home and End jump to the ends.
 */
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabItem<T extends string> {
  id: T;
  label: string;
}

interface Props<T extends string> {
  label: string;
  items: readonly TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
  /** Prefix for element ids; the panel is `${idPrefix}-panel`. */
  idPrefix: string;
  class?: string;
}

/** The index a key moves to from `index` among `count` tabs, or null for other keys. */
export function nextTabIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

export const tabId = (idPrefix: string, id: string) => `${idPrefix}-tab-${id}`;

/** Tabs for `items`, one selected; arrow keys, Home and End move the selection and the focus. */
export function TabStrip<T extends string>({ label, items, selected, onSelect, idPrefix, class: className }: Props<T>) {
  const strip = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const index = items.findIndex((item) => item.id === selected);
    const next = nextTabIndex(event.key, index, items.length);
    if (next === null) return;
    event.preventDefault();
    const item = items[next]!;
    onSelect(item.id);
    strip.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(idPrefix, item.id))}`)?.focus();
  };
  return (
    <div ref={strip} role="tablist" aria-label={label} class={className} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          role="tab"
          id={tabId(idPrefix, item.id)}
          aria-selected={item.id === selected}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={item.id === selected ? 0 : -1}
          onClick={() => onSelect(item.id)}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
