import { AssessHouseholdInput, HouseholdAssessmentDto, todayInSweden } from '@motesplats/contracts';
import { mutation } from '../../core/procedure.js';
import { loadHouseholdInScope } from './household-scope.js';
import { assessmentDto, newcomerDto } from './to-dto.js';
import { assessMembers, storeAssessments } from './assess-members.js';

/** Assesses every member against the rule set in force on the date and stores each result. */
export const assess = mutation({
  permission: 'newcomers:write',
  personalData: true,
  input: AssessHouseholdInput,
  output: HouseholdAssessmentDto,
  async handler({ ctx, input }) {
    const onDate = input.onDate ?? todayInSweden(ctx.deps.now());
    const household = await loadHouseholdInScope(ctx, input.householdId);
    const members = household.members.map(newcomerDto);
    const rows = await storeAssessments(
      ctx.db,
      assessMembers(members, onDate, 'onDate'),
      onDate,
      ctx.session?.id ?? null,
    );
    await ctx.audit({
      action: 'create',
      entity: 'target-group-assessment',
      entityId: household.id,
      locationId: household.locationId,
      householdId: household.id,
      detail: { onDate, members: members.length },
    });
    return {
      householdId: household.id,
      onDate,
      members: rows.map((row) => ({ newcomerId: row.newcomerId, assessment: assessmentDto(row) })),
    };
  },
});
