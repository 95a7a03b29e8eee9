import { compareKeys, keyOf, type Dim } from './dimensions.js';
import { validateRecord, type VisitRecord } from './visit-record.js';

export type RecordFilter = (record: VisitRecord) => boolean;

/** Where a participant is counted: one row key and one column key. */
export type Placement = { row: string; col: string };

const byLocation = compareKeys('location');
const bySex = compareKeys('sex');
const byAge = compareKeys('ageBand');
const byAgency = compareKeys('invitingAgency');

/**
 * The canonical order of one person's visits: by date, and within a day by every field a
 * table can group by, in a fixed order. It does not depend on which dimensions a table
 * uses, so every table made from the same records and filter counts a person at the same
 * visit: the location margins of location × track and of location × sex agree, a table and
 * its transpose agree, and the cell-key noise of a margin is the same in every table.
 */
function compareVisits(a: VisitRecord, b: VisitRecord): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return (
    byLocation(a.locationId, b.locationId) ||
    a.track - b.track ||
    bySex(a.sex, b.sex) ||
    byAge(a.ageBand, b.ageBand) ||
    byAgency(a.invitingAgency, b.invitingAgency)
  );
}

/**
 * Places every participant in exactly one cell: the cell of their first attended visit
 * among the records that pass the filter.
 *
 * Why one cell: the reports count participants (persons), and the grand total must be the
 * number of distinct persons, e.g. the 12,525 of 2017. If a person who came in week 5 and
 * again in week 7 were counted in both weeks, the year's total would have to be either
 * smaller than the sum of its weeks (a table that does not add up, which breaks the
 * disclosure audit's equations and confuses readers) or larger than the number of persons.
 * Counting each person once, at their first visit, keeps totals = distinct persons = sums.
 * To count everyone who attended in week 7, returning or not, filter to week 7.
 *
 * "First" is the earliest in `compareVisits` order, never the order of the input array:
 * the same records always give the same table (and the same perturbation).
 *
 * O(n): one pass with a Map keyed by person.
 */
export function placeParticipants(
  records: readonly VisitRecord[],
  rows: Dim,
  cols: Dim,
  filter?: RecordFilter,
): Map<string, Placement> {
  const first = new Map<string, VisitRecord>();
  records.forEach((record, index) => {
    validateRecord(record, index);
    if (!record.attended) return;
    if (filter && !filter(record)) return;
    const current = first.get(record.personKey);
    if (current === undefined || compareVisits(record, current) < 0) {
      first.set(record.personKey, record);
    }
  });
  const placements = new Map<string, Placement>();
  for (const [person, visit] of first) {
    placements.set(person, { row: keyOf(rows, visit), col: keyOf(cols, visit) });
  }
  return placements;
}
