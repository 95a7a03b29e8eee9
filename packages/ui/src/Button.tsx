import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { cx } from './field.js';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** Shows a spinner, announces busy state and ignores clicks; the button stays focusable. */
  busy?: boolean;
  /** Text announced while busy (visually hidden next to the spinner). */
  busyLabel?: string;
  children: ReactNode;
}

export function Button({
  variant = 'primary',
  busy = false,
  busyLabel = 'Loading',
  type = 'button',
  className,
  onClick,
  children,
  ...rest
}: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      type={type}
      className={cx('ms-button', `ms-button--${variant}`, className)}
      aria-busy={busy || undefined}
      aria-disabled={busy || undefined}
      onClick={handleClick}
    >
      {busy ? <span className="ms-button__spinner" aria-hidden="true" /> : null}
      {children}
      {busy ? <span className="ms-visually-hidden"> ({busyLabel})</span> : null}
    </button>
  );
}
