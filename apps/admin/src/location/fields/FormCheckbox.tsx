import type { ChangeEvent, ReactNode } from 'react';
import { Checkbox } from '@motesplats/ui';
import { useFieldIssue } from '../issues-context';
import { asPath, useConfigForm } from './form-types';

export interface FormCheckboxProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  onToggle?: (checked: boolean) => void;
}

/** A boolean of the config as one checkbox. */
export function FormCheckbox({ name, label, hint, onToggle }: FormCheckboxProps) {
  const { register } = useConfigForm();
  const error = useFieldIssue(name);
  return (
    <Checkbox
      {...register(asPath(name), {
        onChange: (event: ChangeEvent<HTMLInputElement>) => onToggle?.(event.target.checked),
      })}
      label={label}
      hint={hint}
      error={error}
    />
  );
}
