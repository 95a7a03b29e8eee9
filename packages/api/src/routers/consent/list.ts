import { z } from 'zod';
import { ConsentGrantDto, HouseholdRef } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';
import { loadHouseholdInScope } from '../newcomers/household-scope.js';
import { grantDto } from './grant-dto.js';

/** The household's grants, newest first: the newcomer's own, or a caseworker's at their location. */
export const grants = query({
  permission: 'consent:manage',
  personalData: true,
  input: HouseholdRef.partial(),
  output: z.array(ConsentGrantDto),
  async handler({ ctx, input }) {
    const householdId =
      ctx.session?.role === 'newcomer'
        ? ctx.session.id
        : (await loadHouseholdInScope(ctx, input.householdId ?? '')).id;
    const rows = await ctx.db.consentGrant.findMany({
      where: { householdId },
      orderBy: { createdAt: 'desc' },
    });
    await ctx.audit({
      action: 'read',
      entity: 'consent-grants',
      entityId: householdId,
      householdId,
    });
    const now = ctx.deps.now();
    return rows.map((row) => grantDto(row, now));
  },
});
