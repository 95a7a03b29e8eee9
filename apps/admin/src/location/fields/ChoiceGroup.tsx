import type { ReactNode } from 'react';
import { useController } from 'react-hook-form';
import { CheckboxGroup } from '@motesplats/ui';
import { useFieldIssue } from '../issues-context';
import { asPath, useConfigForm } from './form-types';

export interface ChoiceGroupProps {
  /** A list of codes in the config, e.g. 'actors' or 'branches.0.actors'. */
  name: string;
  legend: ReactNode;
  options: ReadonlyArray<{ value: string; label: string }>;
  hint?: ReactNode;
}

/**
 * A list of codes in the config as checkboxes. The ui group appends a tick and removes an untick,
 * so the stored order is kept and an untouched list never shows up as a change in the history.
 */
export function ChoiceGroup({ name, legend, options, hint }: ChoiceGroupProps) {
  const { control } = useConfigForm();
  const { field } = useController({ control, name: asPath(name) });
  const error = useFieldIssue(name, true);
  const selected = Array.isArray(field.value) ? (field.value as string[]) : [];
  return (
    <CheckboxGroup
      className="ms-loc-choices"
      legend={legend}
      hint={hint}
      error={error}
      options={options}
      selected={selected}
      onChange={field.onChange}
      onBlur={field.onBlur}
    />
  );
}
