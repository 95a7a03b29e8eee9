import { TRPCError } from '@trpc/server';
import { AssessHouseholdInput, HouseholdAssessmentDto, todayInSweden } from '@motesplats/contracts';
import { assessTargetGroup, TargetGroupError, type Assessment } from '@motesplats/target-group';
import type { Prisma } from '@motesplats/db';
import { mutation } from '../../core/procedure.js';
import { loadHouseholdInScope } from './household-scope.js';
import { assessmentDto, newcomerDto } from './to-dto.js';
import { personFacts } from './facts.js';

function assessOrRefuse(
  facts: Parameters<typeof assessTargetGroup>[0],
  onDate: string,
): Assessment {
  try {
    return assessTargetGroup(facts, onDate);
  } catch (error) {
    if (
      error instanceof TargetGroupError &&
      (error.code === 'NO_RULE_SET' || error.code === 'INVALID_DATE')
    ) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `onDate: ${error.message}`,
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * Assesses every member against the rule set in force on the date and stores each result with
 * its rule-set id and date. Principals are assessed first: a relative's result depends on theirs.
 */
export const assess = mutation({
  permission: 'newcomers:write',
  personalData: true,
  input: AssessHouseholdInput,
  output: HouseholdAssessmentDto,
  async handler({ ctx, input }) {
    const onDate = input.onDate ?? todayInSweden(ctx.deps.now());
    const household = await loadHouseholdInScope(ctx, input.householdId);
    const members = household.members.map(newcomerDto);
    const principals = members.filter((m) => !m.relation);
    const relatives = members.filter((m) => m.relation);

    const results = new Map<string, Assessment>();
    for (const member of principals)
      results.set(member.id, assessOrRefuse(personFacts(member, undefined), onDate));
    for (const member of relatives) {
      const principal = results.get(member.relation!.toNewcomerId);
      results.set(member.id, assessOrRefuse(personFacts(member, principal?.inTargetGroup), onDate));
    }

    const stored = [];
    for (const member of members) {
      const assessment = results.get(member.id)!;
      const row = await ctx.db.targetGroupAssessment.create({
        data: {
          newcomerId: member.id,
          assessedOn: new Date(`${onDate}T00:00:00Z`),
          ruleSet: assessment.ruleSet,
          inTargetGroup: String(assessment.inTargetGroup),
          category: assessment.category,
          result: assessment as unknown as Prisma.InputJsonValue,
          assessedBy: ctx.session?.id ?? null,
        },
      });
      stored.push({ newcomerId: member.id, assessment: assessmentDto(row) });
    }
    await ctx.audit({
      action: 'create',
      entity: 'target-group-assessment',
      entityId: household.id,
      locationId: household.locationId,
      householdId: household.id,
      detail: { onDate, members: members.length },
    });
    return { householdId: household.id, onDate, members: stored };
  },
});
