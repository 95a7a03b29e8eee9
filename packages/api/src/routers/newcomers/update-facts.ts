import { TRPCError } from '@trpc/server';
import { NewcomerDto, UpdateFactsInput } from '@motesplats/contracts';
import { mutation } from '../../core/procedure.js';
import { loadNewcomerHouseholdInScope } from './household-scope.js';
import { householdInclude, newcomerDto } from './to-dto.js';
import { dbDate } from '../../core/db-dates.js';

/**
 * Records target-group facts learnt later (permit, housing). Optimistic: the caller names the
 * version they saw, and a stale write is a CONFLICT instead of overwriting someone else's change.
 * A fact left out of `facts` is left as it is; `null` clears it to "known to be absent".
 */
export const updateFacts = mutation({
  permission: 'newcomers:write',
  personalData: true,
  input: UpdateFactsInput,
  output: NewcomerDto,
  async handler({ ctx, input }) {
    const household = await loadNewcomerHouseholdInScope(ctx, input.newcomerId);
    const { permit, housing, unaccompaniedMinor } = input.facts;
    const updated = await ctx.db.newcomer.updateMany({
      where: { id: input.newcomerId, version: input.expectedVersion },
      data: {
        version: { increment: 1 },
        ...(permit !== undefined
          ? {
              permitChapter: permit?.chapter ?? null,
              permitSection: permit?.section ?? null,
              permitGrantedOn: permit?.grantedOn ? dbDate(permit.grantedOn) : null,
            }
          : {}),
        ...(housing !== undefined ? { housing } : {}),
        ...(unaccompaniedMinor !== undefined ? { unaccompaniedMinor } : {}),
      },
    });
    if (updated.count === 0) {
      const current = household.members.find((m) => m.id === input.newcomerId)!.version;
      throw new TRPCError({
        code: 'CONFLICT',
        message: `expectedVersion: the newcomer was changed by someone else (now version ${current}); reload and try again`,
      });
    }
    await ctx.audit({
      action: 'update',
      entity: 'newcomer',
      entityId: input.newcomerId,
      locationId: household.locationId,
      householdId: household.id,
      detail: { fields: Object.keys(input.facts) },
    });
    const reloaded = await ctx.db.household.findUniqueOrThrow({
      where: { id: household.id },
      include: householdInclude,
    });
    return newcomerDto(reloaded.members.find((m) => m.id === input.newcomerId)!);
  },
});
