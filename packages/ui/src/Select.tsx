import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldMessages, cx, useFieldIds } from './field.js';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  label: ReactNode;
  options: readonly SelectOption[];
  /** Text of an empty first option (value ""). */
  placeholder?: string;
  hint?: ReactNode;
  error?: ReactNode;
}

export function Select({
  label,
  options,
  placeholder,
  hint,
  error,
  id,
  className,
  ...rest
}: SelectProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={cx('ms-field', className)}>
      <label className="ms-field__label" htmlFor={ids.inputId}>
        {label}
      </label>
      <select
        {...rest}
        id={ids.inputId}
        className="ms-input"
        aria-invalid={ids.invalid || undefined}
        aria-describedby={ids.describedBy}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages ids={ids} hint={hint} error={error} />
    </div>
  );
}
