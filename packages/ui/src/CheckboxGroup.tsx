import { useId, type ReactNode } from 'react';
import { FieldMessages, cx, useFieldIds } from './field.js';

export interface CheckboxOption<T extends string> {
  value: T;
  label: string;
}

export interface CheckboxGroupProps<T extends string> {
  legend: ReactNode;
  hint?: ReactNode;
  /** One error for the whole set; sets aria-invalid on the fieldset. */
  error?: ReactNode;
  options: readonly CheckboxOption<T>[];
  selected: readonly T[];
  /**
   * The new selection: the ones already chosen keep their order and a newly ticked one goes
   * last, so a stored list does not look changed just because it was shown.
   */
  onChange(selected: T[]): void;
  onBlur?(): void;
  className?: string;
}

/** Several codes as checkboxes in a fieldset, described by its hint and error. */
export function CheckboxGroup<T extends string>({
  legend,
  hint,
  error,
  options,
  selected,
  onChange,
  onBlur,
  className,
}: CheckboxGroupProps<T>) {
  const ids = useFieldIds(undefined, hint, error);
  const name = useId();
  return (
    <fieldset
      className={cx('ms-field', 'ms-checkbox-group', className)}
      aria-describedby={ids.describedBy}
      aria-invalid={ids.invalid || undefined}
    >
      <legend className="ms-field__label">{legend}</legend>
      <FieldMessages ids={ids} hint={hint} error={error} />
      {options.map((option) => (
        <div className="ms-choice" key={option.value}>
          <input
            type="checkbox"
            id={`${name}-${option.value}`}
            name={name}
            checked={selected.includes(option.value)}
            onBlur={onBlur}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...selected, option.value]
                  : selected.filter((value) => value !== option.value),
              )
            }
          />
          <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
