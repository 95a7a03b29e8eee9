// @motesplats/statistics: participants broken down for the reports, goal fulfilment, and
// disclosure control (suppression or the cell-key method) for small areas. Pure: no I/O.
export { crossTab } from './cross-tab.js';
export type { CrossTab, CrossTabOptions } from './cross-tab.js';
export type { CountTable } from './count-table.js';
export type { RecordFilter } from './attribution.js';
export { suppress, readerLowerBound } from './suppress.js';
export type { Cell, SuppressedTable, SuppressOptions, SuppressionRule } from './suppress.js';
export { findDisclosures, hiddenCellRanges } from './audit.js';
export type { CellRef, Disclosure, HiddenCellRange } from './audit.js';
export { perturb } from './perturb.js';
export type { PerturbOptions } from './perturb.js';
export { DEFAULT_PTABLE, validatePTable, lookupNoise, maxNoise } from './ptable.js';
export type { PTable, PTableRow } from './ptable.js';
export { recordKey, cellKeyOf, recordKeyBits } from './record-key.js';
export { goalFulfilment } from './goal.js';
export type { GoalInput, GoalFulfilment } from './goal.js';
export { isoWeekDays, isoWeekOf } from './iso-week.js';
export { ageBandOf, toRecordsAgeBand } from './age-band.js';
export { DIMS, compareKeys } from './dimensions.js';
export type { Dim } from './dimensions.js';
export { TRACKS, SEXES, AGE_BANDS } from './visit-record.js';
export type { VisitRecord, Track, Sex, AgeBand } from './visit-record.js';
export { StatisticsError } from './errors.js';
export type { StatisticsErrorCode } from './errors.js';
