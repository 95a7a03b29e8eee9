import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cx } from './field.js';

export interface TabItem {
  id: string;
  label: ReactNode;
  content: ReactNode;
  disabled?: boolean;
}

export interface TabsProps {
  /** Accessible name of the tab list. */
  label: string;
  tabs: readonly TabItem[];
  selectedId?: string;
  defaultSelectedId?: string;
  onChange?: (id: string) => void;
  className?: string;
}

/**
 * WAI-ARIA tabs: roving tabindex, automatic activation. ArrowRight/ArrowLeft follow the reading
 * direction (reversed under dir="rtl"), Home/End jump to the ends.
 */
export function Tabs({
  label,
  tabs,
  selectedId,
  defaultSelectedId,
  onChange,
  className,
}: TabsProps) {
  const baseId = useId();
  const enabled = tabs.filter((t) => !t.disabled);
  const [internal, setInternal] = useState(defaultSelectedId ?? enabled[0]?.id);
  const current = selectedId ?? internal;
  const listRef = useRef<HTMLDivElement>(null);

  const tabId = (id: string) => `${baseId}-tab-${id}`;
  const panelId = (id: string) => `${baseId}-panel-${id}`;

  const select = (id: string, focus: boolean) => {
    if (selectedId === undefined) setInternal(id);
    onChange?.(id);
    if (focus)
      listRef.current?.querySelector<HTMLElement>(`[id="${CSS.escape(tabId(id))}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = enabled.findIndex((t) => t.id === current);
    if (index < 0) return;
    const rtl = listRef.current?.closest('[dir]')?.getAttribute('dir') === 'rtl';
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = rtl ? index - 1 : index + 1;
        break;
      case 'ArrowLeft':
        next = rtl ? index + 1 : index - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = enabled.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    const target = enabled[(next + enabled.length) % enabled.length];
    if (target) select(target.id, true);
  };

  return (
    <div className={cx('ms-tabs', className)}>
      <div
        role="tablist"
        aria-label={label}
        className="ms-tablist"
        ref={listRef}
        onKeyDown={onKeyDown}
      >
        {tabs.map((t) => {
          const selected = t.id === current;
          return (
            <button
              key={t.id}
              id={tabId(t.id)}
              type="button"
              role="tab"
              className="ms-tab"
              aria-selected={selected}
              aria-controls={panelId(t.id)}
              tabIndex={selected ? 0 : -1}
              disabled={t.disabled}
              onClick={() => select(t.id, false)}
            >
              {t.label}
            </button>
          );
        })}
      </div>
      {tabs.map((t) => (
        <div
          key={t.id}
          id={panelId(t.id)}
          role="tabpanel"
          className="ms-tabpanel"
          aria-labelledby={tabId(t.id)}
          tabIndex={0}
          hidden={t.id !== current}
        >
          {t.content}
        </div>
      ))}
    </div>
  );
}
