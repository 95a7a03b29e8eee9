import { TRPCError } from '@trpc/server';
import type { Prisma } from '@motesplats/db';
import { ChecklistItemDto, UpdateChecklistItemInput } from '@motesplats/contracts';
import { parseItemDetails, type ItemCode } from '@motesplats/checklist';
import { mutation } from '../../core/procedure.js';
import { badRequest } from '../../core/bad-request.js';
import { loadHouseholdInScope } from '../newcomers/household-scope.js';
import { staffOf } from '../visits/apply-event.js';
import { detailsOf, itemDto, itemOfRow } from './item-dto.js';

/**
 * An agency updates its own items only. The caller names the version they saw: of 50 parallel
 * updates with the same version exactly one succeeds, the rest get CONFLICT. Details, when
 * given, replace the stored object whole under the same version check, so two caseworkers
 * editing one item's details never merge into something neither of them wrote.
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
    // The shape depends on the item's code, so it is checked here and not in the input schema.
    let details: Record<string, unknown> | undefined;
    if (input.details !== undefined) {
      const parsed = parseItemDetails(row.code as ItemCode, input.details);
      if (!parsed.ok) throw badRequest(parsed.issues);
      details = parsed.details;
    }
    const saved = await ctx.db.checklistItem.updateMany({
      where: { id: row.id, version: input.expectedVersion },
      data: {
        status: input.status,
        ...(input.note !== undefined ? { note: input.note } : {}),
        ...(details !== undefined ? { details: details as Prisma.InputJsonValue } : {}),
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
      detail: {
        status: updated.status,
        version: updated.version,
        // Which details changed, never their values: the audit log is read more widely.
        ...(details !== undefined
          ? { detailsChanged: changedKeys(detailsOf(row.details), details) }
          : {}),
      },
    });
    return itemDto(itemOfRow(updated), false);
  },
});

/** The keys added, removed or given another value, sorted. */
function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .sort();
}
