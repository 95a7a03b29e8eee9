import { useEffect, useRef, type ReactNode } from 'react';

/**
 * An h3 that takes focus when `focusKey` changes: after "Nästa" a screen reader hears the new
 * step's heading instead of silence. Not on first render unless `focusOnMount`, which would pull
 * focus away from the tab the admin just chose.
 */
export function FocusHeading({
  focusKey,
  focusOnMount = false,
  id,
  children,
}: {
  focusKey: unknown;
  focusOnMount?: boolean;
  id?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  // Compared with the previous key rather than a "first render" flag: StrictMode runs effects
  // twice on mount, which would otherwise count as a change.
  const previous = useRef(focusOnMount ? Symbol('unfocused') : focusKey);
  useEffect(() => {
    if (Object.is(previous.current, focusKey)) return;
    previous.current = focusKey;
    ref.current?.focus();
  }, [focusKey]);
  return (
    <h3 ref={ref} id={id} tabIndex={-1}>
      {children}
    </h3>
  );
}
