import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldMessages, cx, useFieldIds } from './field.js';

export interface CheckboxProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'children'
> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
}

export function Checkbox({ label, hint, error, id, className, ...rest }: CheckboxProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={cx('ms-field', className)}>
      <div className="ms-choice">
        <input
          {...rest}
          id={ids.inputId}
          type="checkbox"
          aria-invalid={ids.invalid || undefined}
          aria-describedby={ids.describedBy}
        />
        <label htmlFor={ids.inputId}>{label}</label>
      </div>
      <FieldMessages ids={ids} hint={hint} error={error} />
    </div>
  );
}
