import { StatisticsError } from './errors.js';
import { isoWeekOf } from './iso-week.js';
import { compareNatural } from './natural-order.js';
import { AGE_BANDS, SEXES, type VisitRecord } from './visit-record.js';

/** What a table can be broken down by: the seeds require volume, sex, age and track. */
export const DIMS = [
  'location',
  'track',
  'sex',
  'ageBand',
  'isoWeek',
  'month',
  'year',
  'invitingAgency',
] as const;

export type Dim = (typeof DIMS)[number];

/**
 * The key of a record along a dimension, as the table's row or column label.
 * Periods are strings that sort correctly as text: '2017-W05', '2017-03', '2017'.
 */
export function keyOf(dim: Dim, record: VisitRecord): string {
  switch (dim) {
    case 'location':
      return record.locationId;
    case 'track':
      return String(record.track);
    case 'sex':
      return record.sex;
    case 'ageBand':
      return record.ageBand;
    case 'isoWeek':
      return isoWeekOf(record.date);
    case 'month':
      return record.date.slice(0, 7);
    case 'year':
      return record.date.slice(0, 4);
    case 'invitingAgency':
      return record.invitingAgency;
  }
}

function byListedOrder(order: readonly string[]): (a: string, b: string) => number {
  // Anything unlisted (impossible after validation) sorts last rather than crashing.
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  return (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const bySex = byListedOrder(SEXES);
const byAge = byListedOrder(AGE_BANDS);

/**
 * The natural order of a dimension's keys: tracks 1, 2, 3; age bands youngest first; sex as
 * female, male, unknown (the order of SCB's tables, 'unknown' last); periods chronologically
 * (their fixed-width text order is chronological); ids in natural order ('2' before '10').
 */
export function compareKeys(dim: Dim): (a: string, b: string) => number {
  switch (dim) {
    case 'track':
      return (a, b) => Number(a) - Number(b);
    case 'sex':
      return bySex;
    case 'ageBand':
      return byAge;
    case 'isoWeek':
    case 'month':
    case 'year':
      return codeUnitOrder;
    case 'location':
    case 'invitingAgency':
      return compareNatural;
  }
}

export function requireDim(value: unknown, field: string): Dim {
  if (!(DIMS as readonly unknown[]).includes(value)) {
    throw new StatisticsError(
      'INVALID_OPTIONS',
      `${field} must be one of ${DIMS.join(', ')}, got ${JSON.stringify(value)}`,
    );
  }
  return value as Dim;
}
