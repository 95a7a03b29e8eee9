import { z } from 'zod';
import { IsoDate } from './dates.js';
import { LocationId } from './location.js';
import { Track } from './visits.js';

/**
 * What a statistics table can be broken down by. The same list as @motesplats/statistics'
 * `DIMS` (the API checks at compile time that they agree); repeated here so the contracts,
 * which the browser bundles, do not pull in the statistics package.
 */
export const STATS_DIMS = [
  'location',
  'track',
  'sex',
  'ageBand',
  'isoWeek',
  'month',
  'year',
  'invitingAgency',
] as const;
export const StatsDim = z.enum(STATS_DIMS, {
  message: `expected one of ${STATS_DIMS.join(', ')}`,
});
export type StatsDim = z.infer<typeof StatsDim>;

/** An ISO 8601 week, 'YYYY-Www' (the week belongs to the year of its Thursday). */
export const IsoWeek = z
  .string()
  .regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, 'expected an ISO week as YYYY-Www, e.g. 2017-W05');
export type IsoWeek = z.infer<typeof IsoWeek>;

/**
 * How small counts are protected before a table leaves the API:
 * - 'suppress' (default): counts 1–4 are hidden, and further cells so that no hidden count can
 *   be worked out from the published ones and the totals; the table adds up.
 * - 'perturb': every count is published with a little deterministic noise (the cell-key
 *   method, at most ±2); zeros stay zero; rows need not add up to their totals.
 */
export const StatsProtection = z.enum(['suppress', 'perturb'], {
  message: 'expected suppress or perturb',
});
export type StatsProtection = z.infer<typeof StatsProtection>;

function fromNotAfterTo(
  value: { from?: string | undefined; to?: string | undefined },
  ctx: z.RefinementCtx,
  toField = 'to',
) {
  if (value.from !== undefined && value.to !== undefined && value.to < value.from) {
    ctx.addIssue({
      code: 'custom',
      path: [toField],
      message: `expected a date on or after ${value.from}`,
    });
  }
}

/** The visits a statistic is made from: dates inclusive, any of them may be left out. */
const filterShape = {
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** A location admin may leave it out (they get their own location) or name their own. */
  locationId: LocationId.optional(),
  track: Track.optional(),
};

export const StatsTableInput = z
  .strictObject({
    rows: StatsDim,
    cols: StatsDim,
    ...filterShape,
    protection: StatsProtection.default('suppress'),
  })
  .superRefine((value, ctx) => {
    if (value.rows === value.cols) {
      ctx.addIssue({
        code: 'custom',
        path: ['cols'],
        message: `expected a dimension other than rows (${value.rows})`,
      });
    }
    fromNotAfterTo(value, ctx);
  });
export type StatsTableInput = z.input<typeof StatsTableInput>;
export type StatsTableQuery = z.output<typeof StatsTableInput>;

/**
 * A published count. `value` is null exactly when `flag` is 'hidden'. Why a cell is hidden
 * (a small count itself, or hidden so that another cannot be worked out) is deliberately not
 * told: a reader who knew a cell was a small count would know it lies between 1 and 4.
 */
export const StatsCell = z.object({
  value: z.number().int().nullable(),
  flag: z.literal('hidden').nullable(),
});
export type StatsCell = z.infer<typeof StatsCell>;

export const StatsTableProtection = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('suppress'),
    /** Counts 1 … threshold − 1 are never published. */
    threshold: z.number().int(),
    /** Every row and column adds up to its total (hidden cells included). */
    additive: z.literal(true),
  }),
  z.object({
    method: z.literal('perturb'),
    /** The largest change the noise can make to a count. */
    maxNoise: z.number().int(),
    /** Totals are perturbed on their own, so rows and columns need not add up. */
    additive: z.literal(false),
  }),
]);
export type StatsTableProtection = z.infer<typeof StatsTableProtection>;

export const StatsFilterDto = z.object({
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  /** The location the table covers: the one asked for, or a location admin's own; null = all. */
  locationId: LocationId.nullable(),
  track: Track.nullable(),
});
export type StatsFilterDto = z.infer<typeof StatsFilterDto>;

/**
 * A protected two-way table of participants (distinct persons, each counted once, at their
 * first attended visit in the filter). Keys are in their natural order; labels are what to
 * show (a location's name, otherwise the key itself).
 */
export const StatsTable = z.object({
  rows: StatsDim,
  cols: StatsDim,
  rowKeys: z.array(z.string()),
  colKeys: z.array(z.string()),
  rowLabels: z.array(z.string()),
  colLabels: z.array(z.string()),
  cells: z.array(z.array(StatsCell)),
  rowTotals: z.array(StatsCell),
  colTotals: z.array(StatsCell),
  total: StatsCell,
  protection: StatsTableProtection,
  filter: StatsFilterDto,
});
export type StatsTable = z.infer<typeof StatsTable>;

// ---- Goal fulfilment -----------------------------------------------------------------------

export const StatsGoalInput = z
  .strictObject({
    from: IsoDate,
    to: IsoDate,
    locationId: LocationId.optional(),
  })
  .superRefine((value, ctx) => fromNotAfterTo(value, ctx));
export type StatsGoalInput = z.input<typeof StatsGoalInput>;

export const PermitPeriod = z.object({
  periodStart: IsoDate,
  periodEnd: IsoDate,
  count: z.number().int(),
});
export type PermitPeriod = z.infer<typeof PermitPeriod>;

/**
 * Participants (distinct persons who attended, unaccompanied minors excluded) against residence
 * permits granted in the same period. When the participant count is hidden to protect a small
 * count, share, percent and met are null too (with the permits they would reveal it).
 */
export const GoalFigure = z.object({
  /** null: the national figure. */
  locationId: LocationId.nullable(),
  locationName: z.string().nullable(),
  participants: StatsCell,
  /** null when no permits were entered for the period (see `missing`). */
  permitsGranted: z.number().int().nullable(),
  /** The entered periods that make up `permitsGranted`: one exact entry, or entries tiling it. */
  permitPeriods: z.array(PermitPeriod),
  share: z.number().nullable(),
  percent: z.number().int().nullable(),
  met: z.boolean().nullable(),
  /** Why there is no figure, e.g. no permits entered for part of the period; else null. */
  missing: z.string().nullable(),
});
export type GoalFigure = z.infer<typeof GoalFigure>;

export const StatsGoal = z.object({
  from: IsoDate,
  to: IsoDate,
  /** The government goal: at least this share of newcomers pass a Mötesplats. */
  goal: z.number(),
  /** The national figure, or the one location asked for. */
  overall: GoalFigure,
  /** Every location with participants or permits in the period; null when one was asked for. */
  perLocation: z.array(GoalFigure).nullable(),
});
export type StatsGoal = z.infer<typeof StatsGoal>;

// ---- Permits granted (the goal's denominator) ------------------------------------------------

export const PermitsSetInput = z
  .strictObject({
    periodStart: IsoDate,
    periodEnd: IsoDate,
    /** Left out: the national figure. */
    locationId: LocationId.optional(),
    /** Residence permits granted in the period, unaccompanied minors excluded. */
    count: z
      .number()
      .int('expected a whole number of permits')
      .min(0, 'expected a number of permits >= 0')
      .max(10_000_000, 'expected a number of permits <= 10,000,000'),
  })
  .superRefine((value, ctx) => {
    if (value.periodEnd < value.periodStart) {
      ctx.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: `expected a date on or after periodStart (${value.periodStart})`,
      });
    }
  });
export type PermitsSetInput = z.input<typeof PermitsSetInput>;

export const PermitsEntry = z.object({
  id: z.string(),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  locationId: LocationId.nullable(),
  count: z.number().int(),
  enteredBy: z.string().nullable(),
  updatedAt: z.string(),
});
export type PermitsEntry = z.infer<typeof PermitsEntry>;

/** Entries for one location (national ones included), overlapping [from, to] when given. */
export const PermitsListInput = z
  .strictObject({
    locationId: LocationId.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
  })
  .superRefine((value, ctx) => fromNotAfterTo(value, ctx))
  .default({});
export type PermitsListInput = z.input<typeof PermitsListInput>;

// ---- Weekly pulse report (pulstavla) ---------------------------------------------------------

export const PulseStatus = z.enum(['green', 'yellow', 'red'], {
  message: 'expected green, yellow or red',
});
export type PulseStatus = z.infer<typeof PulseStatus>;

const note = (what: string) =>
  z.string().trim().max(4000, `expected ${what} of at most 4000 characters`).default('');

export const PulseSubmitInput = z.strictObject({
  locationId: LocationId,
  isoWeek: IsoWeek,
  status: PulseStatus,
  deviations: note('deviations'),
  questions: note('questions'),
  suggestions: note('suggestions'),
  /**
   * Left out to submit the week's first report; the version you saw to replace it. A report
   * changed since then is a CONFLICT, never overwritten.
   */
  expectedVersion: z.number().int().min(1).optional(),
});
export type PulseSubmitInput = z.input<typeof PulseSubmitInput>;

/** A count by track with its total, protected like a table (small counts hidden). */
export const CountsByTrack = z.object({
  byTrack: z.object({ '1': StatsCell, '2': StatsCell, '3': StatsCell }),
  total: StatsCell,
});
export type CountsByTrack = z.infer<typeof CountsByTrack>;

/** Filled in from the week's visits at submission; only protected figures are stored. */
export const PulseCounts = z.object({
  /** Distinct persons who attended that week. */
  participants: CountsByTrack,
  /** Visits booked for that week (cancelled ones excluded). */
  visits: CountsByTrack,
  /** Visits marked as no-show. */
  noShows: CountsByTrack,
  threshold: z.number().int(),
});
export type PulseCounts = z.infer<typeof PulseCounts>;

export const PulseReportDto = z.object({
  id: z.string(),
  locationId: LocationId,
  isoWeek: IsoWeek,
  /** Monday and Sunday of the week. */
  weekStart: IsoDate,
  weekEnd: IsoDate,
  status: PulseStatus,
  counts: PulseCounts,
  deviations: z.string(),
  questions: z.string(),
  suggestions: z.string(),
  submittedBy: z.string().nullable(),
  submittedAt: z.string(),
  version: z.number().int(),
});
export type PulseReportDto = z.infer<typeof PulseReportDto>;

export const PulseListInput = z
  .strictObject({
    locationId: LocationId.optional(),
    fromWeek: IsoWeek.optional(),
    toWeek: IsoWeek.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.fromWeek && value.toWeek && value.toWeek < value.fromWeek) {
      ctx.addIssue({
        code: 'custom',
        path: ['toWeek'],
        message: `expected a week on or after ${value.fromWeek}`,
      });
    }
  })
  .default({});
export type PulseListInput = z.input<typeof PulseListInput>;
