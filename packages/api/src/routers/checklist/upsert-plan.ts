import { TRPCError } from '@trpc/server';
import { PlanDto, UpsertPlanInput } from '@motesplats/contracts';
import { planDto } from './plan-dto.js';
import { mutation } from '../../core/procedure.js';
import { badRequest } from '../../core/bad-request.js';
import { loadHouseholdInScope } from '../newcomers/household-scope.js';
import { staffOf } from '../visits/apply-event.js';
import { dbDate } from '../../core/db-dates.js';

/** An agency records its own planned activity for a member; changing one names its version. */
export const upsertPlan = mutation({
  permission: 'checklist:write',
  personalData: true,
  input: UpsertPlanInput,
  output: PlanDto,
  async handler({ ctx, input }) {
    const me = staffOf(ctx);
    const household = await loadHouseholdInScope(ctx, input.householdId);
    if (!household.members.some((m) => m.id === input.memberId)) {
      throw badRequest([{ path: 'memberId', message: 'expected a member of this household' }]);
    }
    if (input.until && input.until < input.from) {
      throw badRequest([{ path: 'until', message: 'expected a date on or after from' }]);
    }
    const data = {
      memberId: input.memberId,
      kind: input.kind,
      hoursPerWeek: input.hoursPerWeek,
      from: dbDate(input.from),
      until: input.until ? dbDate(input.until) : null,
      note: input.note ?? '',
      updatedBy: me.caseworkerId,
    };
    let id = input.planId;
    if (id) {
      const existing = await ctx.db.plannedActivity.findUnique({ where: { id } });
      if (!existing || existing.householdId !== household.id) {
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: `planId: no plan '${id}' for this household`,
        });
      }
      if (existing.actor !== me.actor) {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: `planId: this plan belongs to ${existing.actor}`,
        });
      }
      if (input.expectedVersion === undefined)
        throw badRequest([
          { path: 'expectedVersion', message: 'expected the version of the plan being changed' },
        ]);
      const saved = await ctx.db.plannedActivity.updateMany({
        where: { id, version: input.expectedVersion },
        data: { ...data, version: { increment: 1 } },
      });
      if (saved.count === 0) {
        throw new TRPCError({
          code: 'CONFLICT',
          message: `expectedVersion: the plan was changed by someone else (now version ${existing.version})`,
        });
      }
    } else {
      id = (
        await ctx.db.plannedActivity.create({
          data: { ...data, householdId: household.id, actor: me.actor },
        })
      ).id;
    }
    const row = await ctx.db.plannedActivity.findUniqueOrThrow({ where: { id } });
    await ctx.audit({
      action: input.planId ? 'update' : 'create',
      entity: 'planned-activity',
      entityId: row.id,
      householdId: household.id,
      locationId: household.locationId,
    });
    return planDto(row);
  },
});
