import type { ConfigIssue } from '@motesplats/location-config';
import { stripConfigPrefix } from './paths';

export { errorCode, errorMessage } from '@motesplats/caseworker-kit';

/** The field problems the gateway sends with a BAD_REQUEST (its errorFormatter's data.issues). */
export function errorIssues(error: unknown): ConfigIssue[] {
  const issues = (error as { data?: { issues?: unknown } } | null)?.data?.issues;
  if (!Array.isArray(issues)) return [];
  return issues
    .filter(
      (issue): issue is ConfigIssue =>
        typeof issue?.path === 'string' && typeof issue?.message === 'string',
    )
    .map((issue) => ({ path: stripConfigPrefix(issue.path), message: issue.message }));
}
