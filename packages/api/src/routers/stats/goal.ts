import { TRPCError } from '@trpc/server';
import { compareKeys, crossTab, goalFulfilment } from '@motesplats/statistics';
import {
  StatsGoal,
  StatsGoalInput,
  type GoalFigure,
  type PermitPeriod,
  type StatsCell,
} from '@motesplats/contracts';
import type { Prisma } from '@motesplats/db';
import { query } from '../../core/procedure.js';
import { loadVisitRecords } from './records.js';
import { protectCounts } from './protect.js';
import { locationNames, requireLocation, statsLocationScope } from './scope.js';
import { dbDate, isoDate } from '../../core/db-dates.js';

/** The government goal: at least half of all newcomers pass a Mötesplats. */
export const GOAL = 0.5;

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

type Permits = { total: number; periods: PermitPeriod[] } | { missing: string };

/**
 * The permits granted in exactly [from, to], from the entered figures:
 * 1. an entry for exactly that period, if there is one;
 * 2. otherwise entries lying inside the period that tile it, one after the other with no gap and
 *    no overlap (e.g. twelve months make a year), summed; where several tilings exist (months
 *    and quarters both entered) the one with the fewest entries wins;
 * 3. otherwise no figure, with the first day that no entry covers. A partial figure would
 *    understate the denominator and overstate the goal, so it is never used.
 */
export function permitsForPeriod(
  entries: ReadonlyArray<{ periodStart: string; periodEnd: string; count: number }>,
  from: string,
  to: string,
  where: string,
): Permits {
  const exact = entries.find((e) => e.periodStart === from && e.periodEnd === to);
  if (exact) return { total: exact.count, periods: [{ ...exact }] };

  const start = dayNumber(from);
  const goal = dayNumber(to) + 1;
  const inside = entries
    .filter((e) => e.periodStart >= from && e.periodEnd <= to)
    .sort((a, b) =>
      a.periodStart === b.periodStart
        ? b.periodEnd.localeCompare(a.periodEnd)
        : a.periodStart.localeCompare(b.periodStart),
    );
  const startingAt = new Map<number, typeof inside>();
  for (const e of inside) {
    const at = dayNumber(e.periodStart);
    startingAt.set(at, [...(startingAt.get(at) ?? []), e]);
  }
  // Breadth-first over "covered up to this day": the first time the end is reached uses the
  // fewest entries. Each day is visited once, so this is linear in the entries.
  const cameFrom = new Map<number, { prev: number; entry: (typeof inside)[number] }>();
  const seen = new Set([start]);
  let frontier = [start];
  let furthest = start;
  while (frontier.length && !seen.has(goal)) {
    const next: number[] = [];
    for (const at of frontier) {
      for (const entry of startingAt.get(at) ?? []) {
        const to = dayNumber(entry.periodEnd) + 1;
        if (seen.has(to)) continue;
        seen.add(to);
        cameFrom.set(to, { prev: at, entry });
        furthest = Math.max(furthest, to);
        next.push(to);
      }
    }
    frontier = next;
  }
  if (!seen.has(goal)) {
    return {
      missing:
        `No residence permits are entered for ${from} to ${to} ${where}: enter the figure for ` +
        `exactly that period, or for periods that cover it without gaps or overlaps ` +
        (furthest === start
          ? `(no entry inside it starts on ${from})`
          : `(the entries inside it cover ${from} to ${dayOf(furthest - 1)}, none starts on ${dayOf(furthest)})`),
    };
  }
  const periods: PermitPeriod[] = [];
  for (let at = goal; at !== start;) {
    const step = cameFrom.get(at)!;
    periods.unshift({ ...step.entry });
    at = step.prev;
  }
  return { total: periods.reduce((sum, p) => sum + p.count, 0), periods };
}

function figure(
  locationId: string | null,
  locationName: string | null,
  participants: StatsCell,
  permits: Permits,
): GoalFigure {
  const base = { locationId, locationName, participants };
  if ('missing' in permits) {
    return {
      ...base,
      permitsGranted: null,
      permitPeriods: [],
      share: null,
      percent: null,
      met: null,
      missing: permits.missing,
    };
  }
  const known = { ...base, permitsGranted: permits.total, permitPeriods: permits.periods };
  if (permits.total === 0) {
    return {
      ...known,
      share: null,
      percent: null,
      met: null,
      missing: 'Zero permits were granted in the period, so there is no share to report',
    };
  }
  if (participants.value === null) {
    // With the permits, a share would give the hidden count away.
    return { ...known, share: null, percent: null, met: null, missing: null };
  }
  const goal = goalFulfilment({
    participants: participants.value,
    permitsGranted: permits.total,
    goal: GOAL,
  });
  return { ...known, ...goal, missing: null };
}

async function permitEntries(
  db: Prisma.TransactionClient,
  from: string,
  to: string,
  locationId: string | null | undefined,
) {
  const rows = await db.permitsGranted.findMany({
    where: {
      periodStart: { gte: dbDate(from) },
      periodEnd: { lte: dbDate(to) },
      ...(locationId === undefined ? {} : { locationId }),
    },
  });
  return rows.map((row) => ({
    locationId: row.locationId,
    periodStart: isoDate(row.periodStart),
    periodEnd: isoDate(row.periodEnd),
    count: row.count,
  }));
}

/**
 * Goal fulfilment: participants (distinct persons who attended in the period, unaccompanied
 * minors excluded) against the permits granted in the same period (see permitsForPeriod).
 * Nationally with every location beside it, or for one location. A location's participants
 * are those whose first visit in the period was there, so the locations add up to the
 * national figure; the counts are suppressed like a table's (small ones hidden).
 */
export const goal = query({
  permission: 'stats:read',
  input: StatsGoalInput,
  output: StatsGoal,
  async handler({ ctx, input }) {
    const scope = statsLocationScope(ctx.session, input.locationId);
    await requireLocation(ctx.db, scope);
    const records = await loadVisitRecords(ctx.db, {
      from: input.from,
      to: input.to,
      locationId: scope,
      excludeUnaccompaniedMinors: true,
    });
    const table = crossTab(records, { rows: 'location', cols: 'year' });
    const counted = new Map(table.rowKeys.map((key, i) => [key, table.rowTotals[i]!]));
    const entries = await permitEntries(ctx.db, input.from, input.to, scope ?? undefined);
    const where = (id: string | null) => (id === null ? 'nationally' : `for location '${id}'`);
    const permitsOf = (id: string | null) =>
      permitsForPeriod(
        entries.filter((e) => e.locationId === id),
        input.from,
        input.to,
        where(id),
      );

    const locations =
      scope === null
        ? (await ctx.db.location.findMany({ select: { id: true } })).map((l) => l.id)
        : [scope];
    const ids = [...new Set([...locations, ...counted.keys()])].sort(compareKeys('location'));
    const names = await locationNames(ctx.db, ids);
    const safe = protectCounts(
      ids.map((id) => [id, counted.get(id) ?? 0] as const),
      table.total,
    );

    const overallPermits = permitsOf(scope);
    if ('missing' in overallPermits) {
      throw new TRPCError({ code: 'PRECONDITION_FAILED', message: overallPermits.missing });
    }
    const overall =
      scope === null
        ? figure(null, null, safe.total, overallPermits)
        : figure(scope, names.get(scope) ?? null, safe.byKey.get(scope)!, overallPermits);
    return {
      from: input.from,
      to: input.to,
      goal: GOAL,
      overall,
      perLocation:
        scope === null
          ? ids.map((id) => figure(id, names.get(id) ?? null, safe.byKey.get(id)!, permitsOf(id)))
          : null,
    };
  },
});
