import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldMessages, cx, useFieldIds } from './field.js';

export interface TextAreaProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'children'
> {
  label: ReactNode;
  hint?: ReactNode;
  /** An error message; sets aria-invalid and is referenced by aria-describedby. */
  error?: ReactNode;
}

/** A multi-line TextField: notes, deviations, free-text answers. */
export function TextArea({ label, hint, error, id, className, rows = 3, ...rest }: TextAreaProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={cx('ms-field', className)}>
      <label className="ms-field__label" htmlFor={ids.inputId}>
        {label}
      </label>
      <textarea
        {...rest}
        id={ids.inputId}
        rows={rows}
        className="ms-input"
        aria-invalid={ids.invalid || undefined}
        aria-describedby={ids.describedBy}
      />
      <FieldMessages ids={ids} hint={hint} error={error} />
    </div>
  );
}
