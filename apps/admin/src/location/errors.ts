import type { ConfigIssue } from '@motesplats/location-config';
import { errorIssues } from '@motesplats/caseworker-kit';
import { stripConfigPrefix } from './paths';

export { errorCode, errorMessage } from '@motesplats/caseworker-kit';

/** The gateway's field problems of a refused save, at the config's own paths ('config.' off). */
export function configIssues(error: unknown): ConfigIssue[] {
  return errorIssues(error).map((issue) => ({
    path: stripConfigPrefix(issue.path),
    message: issue.message,
  }));
}
