import { TRPCError } from '@trpc/server';
import type { HandlerContext } from '../../core/procedure.js';
import { assertLocationScope } from '../../auth/location-scope.js';
import { householdInclude, type HouseholdWithMembers } from './to-dto.js';

/**
 * Loads a household the caller may see. Unknown ids are NOT_FOUND; a household at another
 * location is FORBIDDEN, and the refusal is audited by the procedure builder.
 */
export async function loadHouseholdInScope(
  ctx: HandlerContext,
  householdId: string,
): Promise<HouseholdWithMembers> {
  const household = await ctx.db.household.findUnique({
    where: { id: householdId },
    include: householdInclude,
  });
  if (!household)
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: `householdId: no household '${householdId}'`,
    });
  assertLocationScope(ctx.session, household.locationId);
  return household;
}

/** The household of one newcomer, under the same rules. */
export async function loadNewcomerHouseholdInScope(
  ctx: HandlerContext,
  newcomerId: string,
): Promise<HouseholdWithMembers> {
  const newcomer = await ctx.db.newcomer.findUnique({
    where: { id: newcomerId },
    select: { householdId: true },
  });
  if (!newcomer)
    throw new TRPCError({ code: 'NOT_FOUND', message: `newcomerId: no newcomer '${newcomerId}'` });
  return loadHouseholdInScope(ctx, newcomer.householdId);
}

/** The caseworker's own location: the registry never crosses it. */
export function ownLocation(ctx: HandlerContext): string {
  const locationId = ctx.session?.locationId;
  if (!locationId)
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Your session has no location' });
  return locationId;
}
