import type { ReactNode } from 'react';
import { Select, type SelectOption } from '@motesplats/ui';
import { useFieldIssue } from '../issues-context';
import { asPath, emptyToUndefined, useConfigForm } from './form-types';

export interface FormSelectProps {
  name: string;
  label: ReactNode;
  options: readonly SelectOption[];
  /** The text of the empty choice, for an optional field (stored as absent). */
  emptyLabel?: string;
  hint?: ReactNode;
  className?: string;
}

export function FormSelect({ name, label, options, emptyLabel, hint, className }: FormSelectProps) {
  const { register } = useConfigForm();
  const error = useFieldIssue(name);
  return (
    <Select
      {...register(asPath(name), emptyLabel !== undefined ? { setValueAs: emptyToUndefined } : {})}
      label={label}
      options={options}
      placeholder={emptyLabel}
      hint={hint}
      error={error}
      className={className}
    />
  );
}
