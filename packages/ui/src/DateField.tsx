import type { InputHTMLAttributes, ReactNode } from 'react';
import { TextField } from './TextField.js';

export interface DateFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'children' | 'type'
> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** ISO date (yyyy-mm-dd), as the native date input uses. */
  value?: string;
  min?: string;
  max?: string;
}

/** A native `<input type="date">`: the browser supplies a localised, accessible picker. */
export function DateField(props: DateFieldProps) {
  return <TextField {...props} type="date" />;
}
