import type { PlanIssue } from './types.js';

/**
 * Thrown by `planDay`/`lowerBound` when the input is malformed (a bad time, a duplicate id, a
 * non-integer duration). The API validates first; this keeps the domain honest when called
 * directly, instead of planning around garbage.
 */
export class DayInputError extends Error {
  readonly issues: PlanIssue[];

  constructor(issues: PlanIssue[]) {
    super(`Invalid day input: ${issues.map((i) => i.message).join('; ')}`);
    this.name = 'DayInputError';
    this.issues = issues;
  }
}
