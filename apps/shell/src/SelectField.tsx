import { useId } from 'react';

export type SelectOption = { value: string; label: string };

type Props = {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  /** Always-visible guidance, announced with the field. */
  hint?: string | undefined;
  /** Shown next to the field and announced; marks the field invalid. */
  error?: string | undefined;
  disabled?: boolean;
};

/** A labelled select whose hint and error are tied to it for screen readers. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  hint,
  error,
  disabled = false,
}: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
