import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldMessages, cx, useFieldIds } from './field.js';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  /** An error message; sets aria-invalid and is referenced by aria-describedby. */
  error?: ReactNode;
}

export function TextField({
  label,
  hint,
  error,
  id,
  className,
  type = 'text',
  ...rest
}: TextFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={cx('ms-field', className)}>
      <label className="ms-field__label" htmlFor={ids.inputId}>
        {label}
      </label>
      <input
        {...rest}
        id={ids.inputId}
        type={type}
        className="ms-input"
        aria-invalid={ids.invalid || undefined}
        aria-describedby={ids.describedBy}
      />
      <FieldMessages ids={ids} hint={hint} error={error} />
    </div>
  );
}
