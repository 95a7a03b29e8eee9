import type { ReactNode } from 'react';
import { TextField } from '@motesplats/ui';
import { useFieldIssue } from '../issues-context';
import { asPath, emptyToUndefined, useConfigForm } from './form-types';

export interface FormTextProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  type?: 'text' | 'number' | 'time';
  /** Optional in the schema: an empty field is stored as absent. */
  optional?: boolean;
  className?: string;
}

/**
 * A text, number or time field bound to the form, with the schema's message at the field. A
 * number is stored as a number; what the browser cannot read as one becomes NaN, which the
 * schema reports ("Expected a whole number") rather than the form silently keeping the old value.
 */
export function FormText({ name, label, hint, type = 'text', optional, className }: FormTextProps) {
  const { register } = useConfigForm();
  const error = useFieldIssue(name);
  const options =
    type === 'number'
      ? { valueAsNumber: true as const }
      : optional
        ? { setValueAs: emptyToUndefined }
        : {};
  return (
    <TextField
      {...register(asPath(name), options)}
      label={label}
      hint={hint}
      type={type}
      error={error}
      className={className}
      inputMode={type === 'number' ? 'numeric' : undefined}
    />
  );
}
