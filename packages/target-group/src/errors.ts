/**
 * Why an assessment could not be made at all. Anything the rules can answer, even with
 * "unknown", is returned as data; only input that makes the question meaningless throws.
 */
export type TargetGroupErrorCode =
  /** The date falls outside every registered rule set, e.g. before 2016-07-28. */
  | 'NO_RULE_SET'
  /** A date is malformed ('yesterday'), impossible ('2021-02-30') or a birth date lies after the date. */
  | 'INVALID_DATE'
  /** A fact has a value outside its type, e.g. housing 'tent' (the zod schema catches this at the edge). */
  | 'INVALID_FACTS'
  /** A rule-set registry is inconsistent: duplicate ids, overlapping or inverted validity periods. */
  | 'INVALID_RULE_SETS';

export class TargetGroupError extends Error {
  readonly code: TargetGroupErrorCode;

  constructor(code: TargetGroupErrorCode, message: string) {
    super(message);
    this.name = 'TargetGroupError';
    this.code = code;
  }
}
