import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { transition, type VisitErrorCode, type VisitEvent } from '@motesplats/tracks';
import type { Prisma, Visit as VisitRow } from '@motesplats/db';
import type { HandlerContext } from '../../core/procedure.js';
import { assertLocationScope } from '../../auth/location-scope.js';
import { visitState } from './visit-dto.js';
import { dbDate } from '../../core/db-dates.js';

/** How the state machine's refusals reach the client. */
const HTTP_CODE: Record<VisitErrorCode, TRPC_ERROR_CODE_KEY> = {
  INVALID_INPUT: 'BAD_REQUEST',
  REASON_REQUIRED: 'BAD_REQUEST',
  UNKNOWN_STEP: 'BAD_REQUEST',
  WRONG_ACTOR: 'FORBIDDEN',
  ALREADY_COMPLETED: 'CONFLICT',
  ILLEGAL_TRANSITION: 'PRECONDITION_FAILED',
  OUT_OF_ORDER: 'PRECONDITION_FAILED',
  NOT_STARTED: 'PRECONDITION_FAILED',
  WRONG_DAY: 'PRECONDITION_FAILED',
};

export async function loadVisitInScope(ctx: HandlerContext, visitId: string): Promise<VisitRow> {
  const row = await ctx.db.visit.findUnique({ where: { id: visitId } });
  if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `visitId: no visit '${visitId}'` });
  assertLocationScope(ctx.session, row.locationId);
  return row;
}

/** The caseworker as the state machine records them. */
export function staffOf(ctx: HandlerContext) {
  const agency = ctx.session?.agency;
  if (!agency || !ctx.session)
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'Only a caseworker of an agency can do this',
    });
  return { actor: agency, caseworkerId: ctx.session.id };
}

function conflict(current: number): TRPCError {
  return new TRPCError({
    code: 'CONFLICT',
    message: `expectedVersion: the visit was changed by someone else (now version ${current}); reload and try again`,
  });
}

/**
 * Runs one event through the state machine and saves the result only if nobody else changed the
 * visit since the caller read it. Two caseworkers completing the same step at once: one wins,
 * the other gets CONFLICT.
 */
export async function applyVisitEvent(
  ctx: HandlerContext,
  visitId: string,
  expectedVersion: number,
  event: (row: VisitRow) => VisitEvent,
  extra: Prisma.VisitUpdateManyMutationInput = {},
): Promise<VisitRow> {
  const row = await loadVisitInScope(ctx, visitId);
  if (row.version !== expectedVersion) throw conflict(row.version);
  const result = transition(visitState(row), event(row));
  if (!result.ok) {
    throw new TRPCError({
      code: HTTP_CODE[result.error.code],
      message: `${result.error.code}: ${result.error.message}`,
    });
  }
  const next = result.visit;
  const saved = await ctx.db.visit.updateMany({
    where: { id: visitId, version: expectedVersion },
    data: {
      ...extra,
      state: next as unknown as Prisma.InputJsonValue,
      status: next.status,
      version: next.version,
      ...(next.slot ? { date: dbDate(next.slot.date), startTime: next.slot.time } : {}),
    },
  });
  if (saved.count === 0) {
    const now = await ctx.db.visit.findUniqueOrThrow({
      where: { id: visitId },
      select: { version: true },
    });
    throw conflict(now.version);
  }
  return ctx.db.visit.findUniqueOrThrow({ where: { id: visitId } });
}
