import type { TRPCError } from '@trpc/server';

export type FieldIssue = { path: string; message: string };

/**
 * Domain validation that found problems at named fields, e.g. a location configuration. Carried
 * as the cause of a BAD_REQUEST so the client gets the same `issues` list as for zod input errors.
 */
export class FieldIssuesError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(describeIssues(issues));
  }
}

type IssueLike = { path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>; message: string };

function hasIssues(cause: unknown): cause is { issues: IssueLike[] } {
  return (
    !!cause && typeof cause === 'object' && Array.isArray((cause as { issues?: unknown }).issues)
  );
}

/** 'tracks.1.chain[2].actor' style, so a form can put the message at its field. */
export function formatPath(path: IssueLike['path']): string {
  let out = '';
  for (const segment of path ?? []) {
    const key = typeof segment === 'object' && segment !== null ? segment.key : segment;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(input)';
}

/** The field issues of a validation failure, or [] for any other error. */
export function fieldIssues(error: TRPCError): FieldIssue[] {
  if (error.cause instanceof FieldIssuesError) return error.cause.issues;
  if (error.code !== 'BAD_REQUEST' || !hasIssues(error.cause)) return [];
  return error.cause.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

/** One readable sentence: every field with what was expected. */
export function describeIssues(issues: FieldIssue[]): string {
  return `Invalid input: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`;
}
