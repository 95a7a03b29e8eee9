import { errorCode, errorIssues } from '@motesplats/caseworker-kit';
// The gateway formats paths with the same function, so browser and server problems share keys.
import { formatIssuePath } from '@motesplats/location-config';

/** One problem at a field path, as the gateway reports it ('municipality.code', 'frame.maxChainMinutes'). */
export interface Problem {
  path: string;
  message: string;
  /** The zod issue code, when the problem was found in the browser. */
  code?: string;
}

export type FieldErrors = Partial<Record<string, string>>;

/** The problems of a zod safeParse result; none when it succeeded. */
export function zodProblems(result: {
  success: boolean;
  error?: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code: string }> };
}): Problem[] {
  if (result.success || !result.error) return [];
  return result.error.issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    message: issue.message,
    code: issue.code,
  }));
}

export { errorCode, errorIssues };

/**
 * Sorts problems onto the form's fields. `fieldOf` maps a path to a field key (or undefined when
 * the form has no such field); `say` words the problem in Swedish. The first problem per field
 * wins: one clear message is easier to act on than a list.
 */
export function toFieldErrors(
  problems: readonly Problem[],
  fieldOf: (path: string) => string | undefined,
  say: (field: string, problem: Problem) => string,
): { fields: FieldErrors; other: Problem[] } {
  const fields: FieldErrors = {};
  const other: Problem[] = [];
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    if (field === undefined) other.push(problem);
    else fields[field] ??= say(field, problem);
  }
  return { fields, other };
}
