import type { z } from 'zod';
import type { ConfigIssue } from './issue.js';
import { formatIssuePath } from './issue.js';
import type { LocationConfig } from './location-config.js';
import { LocationConfigSchema } from './location-config.js';

export type ParseLocationConfigResult =
  { ok: true; config: LocationConfig } | { ok: false; errors: ConfigIssue[] };

/**
 * Reads a location's configuration (parsed JSON, a form's value, a database column) and either
 * returns it typed or lists every problem with its path, e.g. 'tracks.1.chain[2].actor'.
 * Never throws for bad input: a bad config is an expected outcome of editing one.
 */
export function parseLocationConfig(input: unknown): ParseLocationConfigResult {
  const result = LocationConfigSchema.safeParse(input);
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, errors: result.error.issues.flatMap(toIssues) };
}

/** An unknown field is reported at the field itself, one issue per field, so a form can mark it. */
function toIssues(issue: z.core.$ZodIssue): ConfigIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatIssuePath([...issue.path, key]),
      message: `Expected no field "${key}" here: it is not part of a location configuration (check the spelling)`,
    }));
  }
  return [{ path: formatIssuePath(issue.path), message: issue.message }];
}
