/**
 * Why a statistic could not be computed. Every code is about the input: a table that is not a
 * table, a date that is not a date. Statistics never throw because the data is "unlucky"
 * (small counts are what `suppress` and `perturb` are for).
 */
export type StatisticsErrorCode =
  /** A date is not a real calendar date written as YYYY-MM-DD. */
  | 'INVALID_DATE'
  /** A visit record has a value outside its type (track 4, sex 'x', an empty personKey, ...). */
  | 'INVALID_RECORD'
  /** An option is out of range: threshold 0, rows === cols, an empty secret, goal -1, ... */
  | 'INVALID_OPTIONS'
  /** A table has the wrong shape, or a count that is not a non-negative integer. */
  | 'INVALID_TABLE'
  /** Totals are not the sums of their cells, so the additivity equations do not hold. */
  | 'NOT_ADDITIVE'
  /** The records given to `perturb` do not produce the table being perturbed. */
  | 'RECORDS_MISMATCH'
  /** A perturbation table breaks one of its laws (probabilities, negative results, ...). */
  | 'INVALID_PTABLE'
  /** Goal fulfilment asked for a share of zero permits: the share does not exist. */
  | 'NO_PERMITS';

export class StatisticsError extends Error {
  readonly code: StatisticsErrorCode;

  constructor(code: StatisticsErrorCode, message: string) {
    super(message);
    this.name = 'StatisticsError';
    this.code = code;
  }
}
