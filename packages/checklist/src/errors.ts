/**
 * Input that makes a question meaningless: a malformed household, viewer, grant, timestamp or
 * plan. Everything the rules can answer is returned as data; only this throws. Secrecy fails
 * closed: a view with a malformed grant or viewer throws instead of guessing, so nothing leaks.
 */
export const CHECKLIST_ERROR_CODES = ['INVALID_INPUT'] as const;
export type ChecklistErrorCode = (typeof CHECKLIST_ERROR_CODES)[number];

export class ChecklistError extends Error {
  readonly code: ChecklistErrorCode;

  constructor(code: ChecklistErrorCode, message: string) {
    super(message);
    this.name = 'ChecklistError';
    this.code = code;
  }
}
