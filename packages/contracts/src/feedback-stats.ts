import { z } from 'zod';
import { IsoDate } from './dates.js';
import { LocationId } from './location.js';
import { StatsCell } from './stats.js';

/**
 * The customer survey as statistics (stats.feedback): how many answered and how they rated the
 * day, per location and period. Free-text comments are personal data and never part of it.
 */
export const FEEDBACK_RATINGS = [1, 2, 3, 4, 5] as const;

/** Answers given from `from` to `to` inclusive (Swedish calendar days), at one or all locations. */
export const FeedbackStatsInput = z
  .strictObject({
    from: IsoDate,
    to: IsoDate,
    /** A location admin may leave it out (they get their own location) or name their own. */
    locationId: LocationId.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.to < value.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `expected a date on or after ${value.from}`,
      });
    }
  });
export type FeedbackStatsInput = z.infer<typeof FeedbackStatsInput>;

/**
 * One line of the survey: the number of answers, how many gave each rating (index 0 = rating 1)
 * and the mean rating. Protected like every statistics table: small counts are hidden
 * (`flag: 'hidden'`, `value: null`), and the mean is published only when the whole line's
 * distribution is (otherwise, with the count, it could give hidden cells away).
 */
export const FeedbackStatsLine = z.object({
  answers: StatsCell,
  ratings: z.array(StatsCell).length(FEEDBACK_RATINGS.length),
  /** Rounded to two decimals; null when there are no answers or part of the line is hidden. */
  mean: z.number().nullable(),
});
export type FeedbackStatsLine = z.infer<typeof FeedbackStatsLine>;

export const FeedbackStats = z.object({
  /** One line per location with answers in the period (or the one location asked for). */
  locations: z.array(
    FeedbackStatsLine.extend({ locationId: LocationId, locationName: z.string() }),
  ),
  /** All the locations above together. */
  total: FeedbackStatsLine,
  protection: z.object({
    method: z.literal('suppress'),
    threshold: z.number().int(),
    additive: z.literal(true),
  }),
  filter: z.object({ from: IsoDate, to: IsoDate, locationId: LocationId.nullable() }),
});
export type FeedbackStats = z.infer<typeof FeedbackStats>;
