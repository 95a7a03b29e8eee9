import { AccessCodeDto, HouseholdRef } from '@motesplats/contracts';
import { mutation } from '../../core/procedure.js';
import { newAccessCode } from '../../auth/access-code.js';
import { sealAccessCode, sealSecretOf } from '../../auth/sealed-code.js';
import { loadHouseholdInScope } from '../newcomers/household-scope.js';

/**
 * Issues a new personal code for a household, e.g. to print on the invitation, and makes every
 * earlier one invalid. The code is returned once; the gateway keeps its hash (to check it) and a
 * sealed copy (so the invitation can be printed again with the same code, docs/adr/0006).
 */
export const rotateAccessCode = mutation({
  permission: 'newcomer:access-code',
  personalData: true,
  input: HouseholdRef,
  output: AccessCodeDto,
  async handler({ ctx, input }) {
    const household = await loadHouseholdInScope(ctx, input.householdId);
    const now = ctx.deps.now();
    // The lookup group must be unique; with 32^4 groups a clash is rare, so retry a few times.
    for (let attempt = 0; attempt < 8; attempt++) {
      const code = newAccessCode();
      const taken = await ctx.db.newcomerAccess.findUnique({ where: { lookup: code.lookup } });
      if (taken && taken.householdId !== household.id) continue;
      const sealedCode = sealAccessCode(sealSecretOf(ctx.deps), household.id, code.code);
      await ctx.db.newcomerAccess.upsert({
        where: { householdId: household.id },
        create: {
          householdId: household.id,
          lookup: code.lookup,
          secretHash: code.secretHash,
          sealedCode,
          rotatedAt: now,
          rotatedBy: ctx.session?.id ?? null,
        },
        update: {
          lookup: code.lookup,
          secretHash: code.secretHash,
          sealedCode,
          rotatedAt: now,
          rotatedBy: ctx.session?.id ?? null,
        },
      });
      await ctx.audit({
        action: 'update',
        entity: 'access-code',
        entityId: household.id,
        householdId: household.id,
        locationId: household.locationId,
      });
      return { householdId: household.id, code: code.code, rotatedAt: now.toISOString() };
    }
    throw new Error('Could not find a free access-code lookup after 8 tries');
  },
});
