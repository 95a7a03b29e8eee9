import { TRPCError } from '@trpc/server';
import { FieldIssuesError, describeIssues, type FieldIssue } from './error-format.js';

/** A BAD_REQUEST that names every field at fault, for checks zod cannot express at the edge. */
export function badRequest(issues: FieldIssue[]): TRPCError {
  return new TRPCError({
    code: 'BAD_REQUEST',
    message: describeIssues(issues),
    cause: new FieldIssuesError(issues),
  });
}
