import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { crossTab, isoWeekDays, type Track } from '@motesplats/statistics';
import {
  PulseCounts,
  PulseListInput,
  PulseReportDto,
  PulseSubmitInput,
  PulseStatus,
  type CountsByTrack,
} from '@motesplats/contracts';
import type { Prisma } from '@motesplats/db';
import { mutation, query } from '../../core/procedure.js';
import { badRequest } from '../../core/bad-request.js';
import { loadVisitRecords } from './records.js';
import { protectCounts, SUPPRESSION_THRESHOLD } from './protect.js';
import { requireLocation, statsLocationScope } from './scope.js';
import { dbDate } from '../../core/db-dates.js';
import { isUniqueViolation } from '../../core/unique-violation.js';

const TRACK_KEYS = ['1', '2', '3'] as const;

function weekOrBadRequest(isoWeek: string, field: string) {
  const days = isoWeekDays(isoWeek);
  if (!days) {
    throw badRequest([{ path: field, message: `${isoWeek.slice(0, 4)} has no week ${isoWeek}` }]);
  }
  return days;
}

function byTrack(counts: Record<(typeof TRACK_KEYS)[number], number>): CountsByTrack {
  const total = TRACK_KEYS.reduce((sum, key) => sum + counts[key], 0);
  const safe = protectCounts(
    TRACK_KEYS.map((key) => [key, counts[key]] as const),
    total,
  );
  return {
    byTrack: { '1': safe.byKey.get('1')!, '2': safe.byKey.get('2')!, '3': safe.byKey.get('3')! },
    total: safe.total,
  };
}

/**
 * The week's figures at a location, filled in from its visits: participants (distinct persons
 * who attended), visits booked for the week (cancelled ones excluded) and no-shows, by track.
 * Protected before they are stored: only what may be published is kept.
 */
async function weekCounts(
  db: Prisma.TransactionClient,
  locationId: string,
  week: { start: string; end: string },
): Promise<PulseCounts> {
  const records = await loadVisitRecords(db, { from: week.start, to: week.end, locationId });
  const table = crossTab(records, { rows: 'track', cols: 'year' });
  const zero = () => ({ '1': 0, '2': 0, '3': 0 });
  const participants = zero();
  table.rowKeys.forEach((key, i) => {
    participants[key as (typeof TRACK_KEYS)[number]] = table.rowTotals[i]!;
  });
  const groups = await db.visit.groupBy({
    by: ['track', 'status'],
    where: {
      locationId,
      date: { gte: dbDate(week.start), lte: dbDate(week.end) },
      status: { notIn: ['draft', 'cancelled'] },
    },
    _count: { _all: true },
  });
  const visits = zero();
  const noShows = zero();
  for (const group of groups) {
    const key = String(group.track as Track) as (typeof TRACK_KEYS)[number];
    if (!(key in visits)) continue;
    visits[key] += group._count._all;
    if (group.status === 'no-show') noShows[key] += group._count._all;
  }
  return {
    participants: byTrack(participants),
    visits: byTrack(visits),
    noShows: byTrack(noShows),
    threshold: SUPPRESSION_THRESHOLD,
  };
}

type PulseRow = {
  id: string;
  locationId: string;
  isoWeek: string;
  status: string;
  counts: Prisma.JsonValue;
  deviations: string;
  questions: string;
  suggestions: string;
  submittedBy: string | null;
  submittedAt: Date;
  version: number;
};

function pulseDto(row: PulseRow): PulseReportDto {
  const days = isoWeekDays(row.isoWeek)!;
  return {
    id: row.id,
    locationId: row.locationId,
    isoWeek: row.isoWeek,
    weekStart: days.start,
    weekEnd: days.end,
    status: PulseStatus.parse(row.status),
    counts: PulseCounts.parse(row.counts),
    deviations: row.deviations,
    questions: row.questions,
    suggestions: row.suggestions,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt.toISOString(),
    version: row.version,
  };
}

/**
 * Submits (or replaces) a location's weekly pulse report. The counts are computed from the
 * week's visits at that moment, never typed in. Without expectedVersion it is the week's first
 * report (one that exists already is a CONFLICT); with it, the report it names is replaced, and
 * a report changed since then is a CONFLICT, never a lost update.
 */
export const submit = mutation({
  permission: 'stats:pulse-submit',
  input: PulseSubmitInput,
  output: PulseReportDto,
  async handler({ ctx, input }) {
    const locationId = statsLocationScope(ctx.session, input.locationId)!;
    await requireLocation(ctx.db, locationId);
    const week = weekOrBadRequest(input.isoWeek, 'isoWeek');
    const counts = await weekCounts(ctx.db, locationId, week);
    const data = {
      status: input.status,
      counts: counts as unknown as Prisma.InputJsonValue,
      deviations: input.deviations,
      questions: input.questions,
      suggestions: input.suggestions,
      submittedBy: ctx.session?.id ?? null,
      submittedAt: ctx.deps.now(),
    };
    const key = { locationId_isoWeek: { locationId, isoWeek: input.isoWeek } };
    const existing = await ctx.db.pulseReport.findUnique({ where: key });

    if (input.expectedVersion === undefined) {
      if (existing) {
        throw new TRPCError({
          code: 'CONFLICT',
          message: `expectedVersion: ${locationId} already has a report for ${input.isoWeek} (version ${existing.version}); send that version to replace it`,
        });
      }
      try {
        return pulseDto(
          await ctx.db.pulseReport.create({
            data: { ...data, locationId, isoWeek: input.isoWeek },
          }),
        );
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        throw new TRPCError({
          code: 'CONFLICT',
          message: `expectedVersion: someone else just submitted ${locationId}'s report for ${input.isoWeek}; reload it`,
        });
      }
    }

    if (!existing) {
      throw new TRPCError({
        code: 'NOT_FOUND',
        message: `expectedVersion: ${locationId} has no report for ${input.isoWeek} to replace; leave expectedVersion out to submit the first`,
      });
    }
    const saved = await ctx.db.pulseReport.updateMany({
      where: { id: existing.id, version: input.expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (saved.count === 0) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `expectedVersion: the report was changed by someone else (now version ${existing.version}); reload to see their change`,
      });
    }
    return pulseDto(await ctx.db.pulseReport.findUniqueOrThrow({ where: key }));
  },
});

/** Pulse reports, oldest week first; a location admin sees their own location's. */
export const list = query({
  permission: 'stats:pulse-read',
  input: PulseListInput,
  output: z.array(PulseReportDto),
  async handler({ ctx, input }) {
    const locationId = statsLocationScope(ctx.session, input.locationId);
    await requireLocation(ctx.db, locationId);
    if (input.fromWeek) weekOrBadRequest(input.fromWeek, 'fromWeek');
    if (input.toWeek) weekOrBadRequest(input.toWeek, 'toWeek');
    const rows = await ctx.db.pulseReport.findMany({
      where: {
        ...(locationId === null ? {} : { locationId }),
        // 'YYYY-Www' sorts as text in time order.
        ...(input.fromWeek || input.toWeek
          ? {
              isoWeek: {
                ...(input.fromWeek ? { gte: input.fromWeek } : {}),
                ...(input.toWeek ? { lte: input.toWeek } : {}),
              },
            }
          : {}),
      },
      orderBy: [{ isoWeek: 'asc' }, { locationId: 'asc' }],
    });
    return rows.map(pulseDto);
  },
});
