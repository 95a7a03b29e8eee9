import { TRPCError } from '@trpc/server';
import { ChecklistItemDto, UpdateChecklistItemInput } from '@motesplats/contracts';
import { ITEM_LABELS, type ItemCode } from '@motesplats/checklist';
import { mutation } from '../../core/procedure.js';
import { loadHouseholdInScope } from '../newcomers/household-scope.js';
import { staffOf } from '../visits/apply-event.js';

/**
 * An agency updates its own items only. The caller names the version they saw: of 50 parallel
 * updates with the same version exactly one succeeds, the rest get CONFLICT.
 */
export const updateItem = mutation({
  permission: 'checklist:write',
  personalData: true,
  input: UpdateChecklistItemInput,
  output: ChecklistItemDto,
  async handler({ ctx, input }) {
    const me = staffOf(ctx);
    const household = await loadHouseholdInScope(ctx, input.householdId);
    const row = await ctx.db.checklistItem.findUnique({
      where: { householdId_itemKey: { householdId: household.id, itemKey: input.itemId } },
    });
    if (!row)
      throw new TRPCError({
        code: 'NOT_FOUND',
        message: `itemId: no item '${input.itemId}' on this checklist`,
      });
    if (row.actor !== me.actor) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `itemId: this item belongs to ${row.actor}; you update ${me.actor}'s items only`,
      });
    }
    const saved = await ctx.db.checklistItem.updateMany({
      where: { id: row.id, version: input.expectedVersion },
      data: {
        status: input.status,
        ...(input.note !== undefined ? { note: input.note } : {}),
        updatedBy: me.caseworkerId,
        version: { increment: 1 },
      },
    });
    if (saved.count === 0) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `expectedVersion: the item was changed by someone else (now version ${row.version}); reload and try again`,
      });
    }
    const updated = await ctx.db.checklistItem.findUniqueOrThrow({ where: { id: row.id } });
    await ctx.audit({
      action: 'update',
      entity: 'checklist-item',
      entityId: updated.itemKey,
      householdId: household.id,
      locationId: household.locationId,
      detail: { status: updated.status, version: updated.version },
    });
    return {
      id: updated.itemKey,
      actor: updated.actor as ChecklistItemDto['actor'],
      code: updated.code,
      memberId: updated.memberId,
      status: updated.status as ChecklistItemDto['status'],
      note: updated.note,
      updatedAt: updated.updatedAt.toISOString(),
      updatedBy: updated.updatedBy,
      version: updated.version,
      label: ITEM_LABELS[updated.code as ItemCode],
      waiting: false,
    };
  },
});
