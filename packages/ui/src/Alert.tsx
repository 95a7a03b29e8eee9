import type { ReactNode } from 'react';
import { cx } from './field.js';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** Errors and warnings interrupt (role="alert"); info and success are polite (role="status"). */
export function Alert({ tone = 'info', title, children, className }: AlertProps) {
  const role = tone === 'error' || tone === 'warning' ? 'alert' : 'status';
  return (
    <div role={role} className={cx('ms-alert', `ms-alert--${tone}`, className)} data-tone={tone}>
      {title ? <p className="ms-alert__title">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}
