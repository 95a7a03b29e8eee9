import { suppress } from '@motesplats/statistics';
import {
  FEEDBACK_RATINGS,
  FeedbackStats,
  FeedbackStatsInput,
  todayInSweden,
  type FeedbackStatsLine,
  type StatsCell,
} from '@motesplats/contracts';
import { query } from '../../core/procedure.js';
import { publicCell, SUPPRESSION_THRESHOLD } from './protect.js';
import { locationNames, requireLocation, statsLocationScope } from './scope.js';

const HOUR_MS = 3_600_000;

/**
 * The instant a Swedish calendar day begins (Europe/Stockholm is UTC+1 or UTC+2): the earlier
 * of 22:00 and 23:00 UTC the day before that is already that day in Sweden.
 */
export function swedishDayStart(isoDay: string): Date {
  const midnightUtc = Date.parse(`${isoDay}T00:00:00Z`);
  for (const hours of [2, 1, 0]) {
    const at = new Date(midnightUtc - hours * HOUR_MS);
    if (todayInSweden(at) === isoDay) return at;
  }
  return new Date(midnightUtc);
}

function nextDay(isoDay: string): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + 24 * HOUR_MS).toISOString().slice(0, 10);
}

const ZERO: StatsCell = { value: 0, flag: null };

/**
 * A line's mean rating, only where the whole line is published: with the count and some hidden
 * cells, the mean would be one more equation, enough to work the hidden counts out. Where the
 * line is published, the mean follows from it and tells nothing new.
 */
function line(answers: StatsCell, ratings: StatsCell[]): FeedbackStatsLine {
  const visible = answers.value !== null && ratings.every((cell) => cell.value !== null);
  const sum = ratings.reduce((acc, cell, i) => acc + (cell.value ?? 0) * FEEDBACK_RATINGS[i]!, 0);
  const mean =
    visible && answers.value! > 0 ? Math.round((sum / answers.value!) * 100) / 100 : null;
  return { answers, ratings, mean };
}

/**
 * The customer survey as protected statistics: answers, the distribution of ratings and the
 * mean per location, for answers given in [from, to] (Swedish days). A location × rating table
 * suppressed like stats.table (counts 1–4 hidden, and what would give one away); the comments
 * are never read. One audit row per table made, as for the other statistics.
 */
export const feedback = query({
  permission: 'stats:read',
  input: FeedbackStatsInput,
  output: FeedbackStats,
  async handler({ ctx, input }) {
    const locationId = statsLocationScope(ctx.session, input.locationId);
    await requireLocation(ctx.db, locationId);
    const groups = await ctx.db.visitFeedback.groupBy({
      by: ['locationId', 'rating'],
      where: {
        createdAt: { gte: swedishDayStart(input.from), lt: swedishDayStart(nextDay(input.to)) },
        ...(locationId === null ? {} : { locationId }),
      },
      _count: { _all: true },
    });

    const rowKeys = [
      ...new Set([
        ...(locationId === null ? [] : [locationId]),
        ...groups.map((g) => g.locationId),
      ]),
    ].sort();
    const colKeys = FEEDBACK_RATINGS.map(String);
    const cells = rowKeys.map(() => FEEDBACK_RATINGS.map(() => 0));
    for (const group of groups) {
      const r = rowKeys.indexOf(group.locationId);
      const c = FEEDBACK_RATINGS.indexOf(group.rating as (typeof FEEDBACK_RATINGS)[number]);
      // Ratings are validated on the way in; anything else in the table is not a survey answer.
      if (c >= 0) cells[r]![c]! += group._count._all;
    }
    const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
    const colTotals = colKeys.map((_, c) => cells.reduce((a, row) => a + row[c]!, 0));
    const total = rowTotals.reduce((a, b) => a + b, 0);

    const names = await locationNames(ctx.db, rowKeys);
    let locations: FeedbackStats['locations'] = [];
    let totalLine = line(
      ZERO,
      colKeys.map(() => ZERO),
    );
    if (rowKeys.length > 0) {
      const safe = suppress(
        { rowKeys, colKeys, cells, rowTotals, colTotals, total },
        { threshold: SUPPRESSION_THRESHOLD },
      );
      locations = rowKeys.map((key, r) => ({
        locationId: key,
        locationName: names.get(key) ?? key,
        ...line(publicCell(safe.rowTotals[r]!), safe.cells[r]!.map(publicCell)),
      }));
      totalLine = line(publicCell(safe.total), safe.colTotals.map(publicCell));
    }

    await ctx.audit({
      action: 'read',
      entity: 'statistics-table',
      locationId,
      detail: {
        table: 'feedback',
        rows: 'location',
        cols: 'rating',
        protection: 'suppress',
        from: input.from,
        to: input.to,
      },
    });
    return {
      locations,
      total: totalLine,
      protection: {
        method: 'suppress' as const,
        threshold: SUPPRESSION_THRESHOLD,
        additive: true as const,
      },
      filter: { from: input.from, to: input.to, locationId },
    };
  },
});
