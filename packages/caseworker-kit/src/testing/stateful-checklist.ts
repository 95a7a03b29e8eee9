import type { ChecklistItemDto, ChecklistViewDto } from '@motesplats/contracts';
import type { UpdateChecklistItemInput } from '../api.js';
import { checklist } from './fixtures.js';
import type { FakeProcedure } from './trpc-fetch.js';

/**
 * checklist.get and checklist.updateItem for one household, sharing their items as the gateway's
 * database would: an update applies its status, note and details and bumps the version, and the
 * refetch after a save shows what was saved. A fixed checklist.get would show the old item again
 * and let a form that loses its save look fine. `view` sets the rest of the checklist (members,
 * visibleActors, ...); `items` is the items as they stand before the first save.
 */
export function statefulChecklist(
  items: readonly ChecklistItemDto[],
  view: Partial<Omit<ChecklistViewDto, 'items'>> = {},
): { 'checklist.get': FakeProcedure; 'checklist.updateItem': FakeProcedure } {
  let current = [...items];
  return {
    'checklist.get': () => ({ data: checklist({ ...view, items: current }) }),
    'checklist.updateItem': (input) => {
      const { itemId, status, note, details } = input as UpdateChecklistItemInput;
      const before = current.find((i) => i.id === itemId);
      if (!before) {
        return { error: { code: 'NOT_FOUND', httpStatus: 404, message: `No item ${itemId}` } };
      }
      const updated: ChecklistItemDto = {
        ...before,
        status,
        note: note ?? before.note,
        details: details ?? before.details,
        version: before.version + 1,
      };
      current = current.map((i) => (i.id === itemId ? updated : i));
      return { data: updated };
    },
  };
}
