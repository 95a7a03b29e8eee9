import type { z } from 'zod';
import type { ConfigIssue, IssueCode, IssueParams } from './issue.js';
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
      code: 'unknown-field' as const,
      params: { key },
    }));
  }
  const path = formatIssuePath(issue.path);
  if (issue.code === 'custom') {
    const { rule, ...params } = (issue.params ?? {}) as { rule?: IssueCode } & IssueParams;
    return [{ path, message: issue.message, ...(rule ? { code: rule, params } : {}) }];
  }
  return [{ path, message: issue.message, code: `zod.${issue.code}`, params: zodParams(issue) }];
}

/** What a translation needs of zod's own issues: bounds, the expected type, the format. */
function zodParams(issue: z.core.$ZodIssue): IssueParams {
  const params: IssueParams = {};
  if ('minimum' in issue) params.minimum = Number(issue.minimum);
  if ('maximum' in issue) params.maximum = Number(issue.maximum);
  if ('origin' in issue && typeof issue.origin === 'string') params.origin = issue.origin;
  if ('expected' in issue && typeof issue.expected === 'string') params.expected = issue.expected;
  if ('format' in issue && typeof issue.format === 'string') params.format = issue.format;
  return params;
}
