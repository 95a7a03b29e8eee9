import { TRPCError } from '@trpc/server';
import { crossTab } from '@motesplats/statistics';
import {
  StatsTable,
  StatsTableInput,
  type SessionUser,
  type StatsTableQuery,
} from '@motesplats/contracts';
import type { Prisma } from '@motesplats/db';
import { query } from '../../core/procedure.js';
import type { ApiDeps } from '../../core/context.js';
import { authorize } from '../../auth/authorize.js';
import { writeAudit, type AuditEntry } from '../../core/audit.js';
import { loadVisitRecords } from './records.js';
import { cellKeySecret, protectTable } from './protect.js';
import { locationNames, requireLocation, statsLocationScope } from './scope.js';

/**
 * Builds the protected table for a signed-in user: scope (a location admin sees only their own
 * location), records from the visits, cross tabulation, then suppression or perturbation.
 * Nothing unprotected is returned.
 */
export async function buildStatsTable(
  db: Prisma.TransactionClient,
  session: SessionUser | null,
  deps: Pick<ApiDeps, 'sessionSecret'>,
  input: StatsTableQuery,
): Promise<StatsTable> {
  const locationId = statsLocationScope(session, input.locationId);
  await requireLocation(db, locationId);
  const records = await loadVisitRecords(db, {
    from: input.from,
    to: input.to,
    locationId,
    track: input.track,
  });
  const table = crossTab(records, { rows: input.rows, cols: input.cols });
  const safe = protectTable(table, input.protection, records, cellKeySecret(deps));

  const names = await locationNames(db, [
    ...(input.rows === 'location' ? table.rowKeys : []),
    ...(input.cols === 'location' ? table.colKeys : []),
  ]);
  const labels = (dim: string, keys: string[]) =>
    dim === 'location' ? keys.map((key) => names.get(key) ?? key) : [...keys];
  return {
    rows: input.rows,
    cols: input.cols,
    rowKeys: table.rowKeys,
    colKeys: table.colKeys,
    rowLabels: labels(input.rows, table.rowKeys),
    colLabels: labels(input.cols, table.colKeys),
    ...safe,
    filter: {
      from: input.from ?? null,
      to: input.to ?? null,
      locationId,
      track: input.track ?? null,
    },
  };
}

/** One audit row per table made: who extracted which statistic. No person is named in it. */
function tableAudit(input: StatsTableQuery, table: StatsTable): AuditEntry {
  return {
    action: 'read',
    entity: 'statistics-table',
    locationId: table.filter.locationId,
    detail: {
      rows: input.rows,
      cols: input.cols,
      protection: input.protection,
      from: table.filter.from,
      to: table.filter.to,
      track: table.filter.track,
    },
  };
}

export const table = query({
  permission: 'stats:read',
  input: StatsTableInput,
  output: StatsTable,
  async handler({ ctx, input }) {
    const result = await buildStatsTable(ctx.db, ctx.session, ctx.deps, input);
    await ctx.audit(tableAudit(input, result));
    return result;
  },
});

/**
 * stats.table for a host outside tRPC (the gateway's CSV and XLSX exports): the same permission
 * ('stats:read'), the same location scope, the same protection and the same audit row. `input`
 * must already be parsed with the contracts' StatsTableInput. Refusals are TRPCErrors
 * (UNAUTHORIZED, FORBIDDEN, NOT_FOUND, …), so the host can map them to HTTP statuses.
 */
export async function statsTableFor(
  deps: ApiDeps,
  session: SessionUser | null,
  input: StatsTableQuery,
  origin: { requestId: string; procedure: string },
): Promise<StatsTable> {
  const verdict = authorize('stats:read', session);
  if (verdict !== 'allow') {
    throw new TRPCError({
      code: verdict,
      message:
        verdict === 'UNAUTHORIZED'
          ? 'Sign in to export statistics'
          : `Your role (${session?.role ?? 'none'}) may not export statistics`,
    });
  }
  const prisma = deps.db.prisma as unknown as Prisma.TransactionClient;
  const result = await buildStatsTable(prisma, session, deps, input);
  await writeAudit(prisma, { ...origin, session }, [tableAudit(input, result)], 'allowed');
  return result;
}
