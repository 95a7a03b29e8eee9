import {
  checklistMessages,
  detectConflicts,
  explainConflict,
  viewChecklist,
  visibleConflicts,
} from '@motesplats/checklist';
import { todayInSweden, type ChecklistViewDto } from '@motesplats/contracts';
import type { HandlerContext } from '../../core/procedure.js';
import type { HouseholdWithMembers } from '../newcomers/to-dto.js';
import { ensureChecklist, grantsOf, plansOf, viewerOf } from './household-checklist.js';
import { itemDto } from './item-dto.js';
import { planDto } from './plan-dto.js';

/**
 * The checklist as the caller may see it, and the audit row that says exactly what was shown:
 * viewer, role, agency, household, the items by id, how many were hidden, and the grants used.
 */
export async function checklistView(
  ctx: HandlerContext,
  household: HouseholdWithMembers,
): Promise<ChecklistViewDto> {
  const now = ctx.deps.now();
  const { visit, items } = await ensureChecklist(ctx.db, household);
  const grants = await grantsOf(ctx.db, household.id);
  const viewer = viewerOf(ctx.session!, visit, todayInSweden(now));
  const view = viewChecklist({ items }, viewer, grants, now.toISOString());
  const plans = await plansOf(ctx.db, household.id);
  // Plans follow the items' secrecy line: an agency's plans show where its items show.
  const visiblePlans = plans.rows.filter((p) =>
    view.visibleActors.includes(p.actor as (typeof view.visibleActors)[number]),
  );
  const conflicts = visibleConflicts(
    detectConflicts(plans.activities),
    viewer,
    grants,
    now.toISOString(),
  );
  await ctx.audit({
    action: 'read',
    entity: 'checklist',
    entityId: household.id,
    householdId: household.id,
    locationId: household.locationId,
    detail: {
      items: view.items.map((i) => i.id),
      plans: visiblePlans.map((p) => p.id),
      hidden: view.hiddenCount,
      grants: view.grantIds,
    },
  });
  return {
    householdId: household.id,
    track: visit?.track ?? null,
    onDate: visit ? visit.date.toISOString().slice(0, 10) : null,
    members: view.personal
      ? household.members.map((m) => ({
          id: m.id,
          givenName: m.givenName,
          familyName: m.familyName,
        }))
      : [],
    items: view.items.map((item) => itemDto(item, item.waiting)),
    hiddenCount: view.hiddenCount,
    visibleActors: view.visibleActors,
    plans: visiblePlans.map(planDto),
    conflicts: conflicts.map((c) => ({
      rule: c.rule,
      memberId: c.memberId,
      actors: c.actors,
      planIds: c.planIds,
      explanation: {
        sv: explainConflict(c, checklistMessages.sv),
        en: explainConflict(c, checklistMessages.en),
      },
    })),
  };
}
