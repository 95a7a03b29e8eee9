import { useId, type ReactNode } from 'react';
import { FieldMessages, cx, useFieldIds } from './field.js';

export interface RadioOption {
  value: string;
  label: ReactNode;
  disabled?: boolean;
}

export interface RadioGroupProps {
  legend: ReactNode;
  options: readonly RadioOption[];
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
  name?: string;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  id?: string;
  className?: string;
}

/** Radio buttons in a fieldset with a legend; the browser gives arrow-key navigation. */
export function RadioGroup({
  legend,
  options,
  value,
  defaultValue,
  onChange,
  name,
  hint,
  error,
  required,
  disabled,
  id,
  className,
}: RadioGroupProps) {
  const ids = useFieldIds(id, hint, error);
  const generatedName = useId();
  const groupName = name ?? `ms-radio-${generatedName}`;
  return (
    <fieldset
      id={ids.inputId}
      className={cx('ms-field', className)}
      role="radiogroup"
      aria-invalid={ids.invalid || undefined}
      aria-required={required || undefined}
      aria-describedby={ids.describedBy}
      disabled={disabled}
    >
      <legend>{legend}</legend>
      {options.map((option, index) => {
        const optionId = `${ids.inputId}-${index}`;
        return (
          <div className="ms-choice" key={option.value}>
            <input
              id={optionId}
              type="radio"
              name={groupName}
              value={option.value}
              disabled={option.disabled}
              required={required}
              {...(value !== undefined
                ? { checked: value === option.value }
                : defaultValue !== undefined
                  ? { defaultChecked: defaultValue === option.value }
                  : {})}
              onChange={(e) => {
                if (e.target.checked) onChange?.(option.value);
              }}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
      <FieldMessages ids={ids} hint={hint} error={error} />
    </fieldset>
  );
}
