import { z } from 'zod';
import { PermitsEntry, PermitsListInput, PermitsSetInput } from '@motesplats/contracts';
import type { Prisma } from '@motesplats/db';
import { mutation, query } from '../../core/procedure.js';
import { requireLocation, statsLocationScope } from './scope.js';
import { dbDate, isoDate } from '../../core/db-dates.js';

type PermitsRow = {
  id: string;
  periodStart: Date;
  periodEnd: Date;
  locationId: string | null;
  count: number;
  enteredBy: string | null;
  updatedAt: Date;
};

export function permitsEntry(row: PermitsRow): PermitsEntry {
  return {
    id: row.id,
    periodStart: isoDate(row.periodStart),
    periodEnd: isoDate(row.periodEnd),
    locationId: row.locationId,
    count: row.count,
    enteredBy: row.enteredBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Enters the residence permits granted in a period (unaccompanied minors excluded), nationally
 * (no locationId) or for one location: the goal's denominator. Entering the same period and
 * location again replaces the count (the figures get corrected as Migrationsverket revises
 * them). A national entry has locationId NULL, which the unique index does not make unique
 * (NULLs differ in SQL), so the upsert holds a transaction-scoped advisory lock on the key.
 */
export const set = mutation({
  permission: 'stats:permits',
  input: PermitsSetInput,
  output: PermitsEntry,
  async handler({ ctx, input }) {
    const locationId = input.locationId ?? null;
    await requireLocation(ctx.db, locationId);
    const lockKey = `permits:${input.periodStart}:${input.periodEnd}:${locationId ?? '*'}`;
    await ctx.db.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${lockKey}))`;
    const where = {
      periodStart: dbDate(input.periodStart),
      periodEnd: dbDate(input.periodEnd),
      locationId,
    };
    const existing = await ctx.db.permitsGranted.findFirst({ where });
    const enteredBy = ctx.session?.id ?? null;
    const row = existing
      ? await ctx.db.permitsGranted.update({
          where: { id: existing.id },
          data: { count: input.count, enteredBy },
        })
      : await ctx.db.permitsGranted.create({ data: { ...where, count: input.count, enteredBy } });
    return permitsEntry(row);
  },
});

/**
 * The entered figures, oldest period first: national ones and per location. A location admin
 * sees the national figures and their own location's (scoped like every statistic).
 */
export const list = query({
  permission: 'stats:read',
  input: PermitsListInput,
  output: z.array(PermitsEntry),
  async handler({ ctx, input }) {
    const locationId = statsLocationScope(ctx.session, input.locationId);
    await requireLocation(ctx.db, locationId);
    const where: Prisma.PermitsGrantedWhereInput = {
      ...(locationId === null ? {} : { OR: [{ locationId }, { locationId: null }] }),
      ...(input.from ? { periodEnd: { gte: dbDate(input.from) } } : {}),
      ...(input.to ? { periodStart: { lte: dbDate(input.to) } } : {}),
    };
    const rows = await ctx.db.permitsGranted.findMany({
      where,
      orderBy: [{ periodStart: 'asc' }, { periodEnd: 'asc' }, { locationId: 'asc' }],
    });
    return rows.map(permitsEntry);
  },
});
