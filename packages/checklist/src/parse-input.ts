import type { z } from 'zod';
import { ChecklistError } from './errors.js';

/**
 * Parses with a zod schema or throws INVALID_INPUT naming the first bad field
 * (`household.members[1].birthDate: …`), the same path format as the API's errors.
 */
export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
  root: string,
): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = (issue?.path ?? [])
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`))
    .join('');
  throw new ChecklistError('INVALID_INPUT', `${root}${path}: ${issue?.message ?? 'invalid'}`);
}
