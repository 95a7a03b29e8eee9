import { TRPCError } from '@trpc/server';
import type { Prisma } from '@motesplats/db';
import type { HandlerContext } from '../../core/procedure.js';
import { assertLocationScope } from '../../auth/location-scope.js';

export const visitInclude = {
  location: true,
  household: { include: { members: { orderBy: { birthDate: 'asc' } } } },
} as const satisfies Prisma.VisitInclude;

export type VisitWithHousehold = Prisma.VisitGetPayload<{ include: typeof visitInclude }>;

/**
 * Loads a visit the caller may see, with its location and household. An unknown id is
 * NOT_FOUND; a visit at another location is FORBIDDEN, and the builder audits the refusal.
 */
export async function loadVisitInScope(
  ctx: Pick<HandlerContext, 'db' | 'session'>,
  visitId: string,
): Promise<VisitWithHousehold> {
  const visit = await ctx.db.visit.findUnique({ where: { id: visitId }, include: visitInclude });
  if (!visit) throw new TRPCError({ code: 'NOT_FOUND', message: `visitId: no visit '${visitId}'` });
  assertLocationScope(ctx.session, visit.locationId);
  return visit;
}
