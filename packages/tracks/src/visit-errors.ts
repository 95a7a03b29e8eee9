/**
 * Why transition() refused an event. A closed set, so the API can map each code to a response
 * and the UI to a message; `message` carries the details in English.
 */
export const VISIT_ERROR_CODES = [
  /** The event or the visit input is malformed (timestamp, date, time, ids, empty chain). */
  'INVALID_INPUT',
  /** The event does not apply in the visit's status, e.g. check-in of a cancelled visit. */
  'ILLEGAL_TRANSITION',
  /** The right status but the wrong day: check-in off the visit day, no-show before it, booking a past day. */
  'WRONG_DAY',
  /** No step at that index. */
  'UNKNOWN_STEP',
  /** The step at that index is another actor's, or the caseworker's agency may not run it. */
  'WRONG_ACTOR',
  /** An earlier step is neither completed nor skipped. */
  'OUT_OF_ORDER',
  /** Completing a step that was never started. */
  'NOT_STARTED',
  /** The step is already completed or skipped; a step is done once. */
  'ALREADY_COMPLETED',
  /** Skipping needs a non-empty reason. */
  'REASON_REQUIRED',
] as const;
export type VisitErrorCode = (typeof VISIT_ERROR_CODES)[number];

export type VisitError = { code: VisitErrorCode; message: string };
