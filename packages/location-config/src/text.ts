import { z } from 'zod';

/**
 * A required human-readable text: whitespace alone would show an empty label in the UI. The
 * value is kept as written (no trimming), so a parsed config equals its source file.
 */
export const NonEmptyText = z
  .string()
  .regex(/\S/, { error: 'Expected a non-empty text' })
  .max(2000, { error: 'Expected at most 2000 characters' });
