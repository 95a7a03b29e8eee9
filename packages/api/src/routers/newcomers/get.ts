import { HouseholdDto, HouseholdRef } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';
import { loadHouseholdInScope } from './household-scope.js';
import { householdDto } from './to-dto.js';

export const get = query({
  permission: 'newcomers:read',
  personalData: true,
  input: HouseholdRef,
  output: HouseholdDto,
  async handler({ ctx, input }) {
    const household = await loadHouseholdInScope(ctx, input.householdId);
    await ctx.audit({
      action: 'read',
      entity: 'household',
      entityId: household.id,
      locationId: household.locationId,
      householdId: household.id,
    });
    return householdDto(household);
  },
});
