import type { ChecklistItem } from './checklist-item.js';
import { itemId } from './checklist-item.js';
import { ITEM_CATALOGUE, isItemCode } from './item-codes.js';
import type { ItemStatus } from './item-status.js';

/**
 * The id of the item this one waits for (the ID-card information waits for the notification of
 * moving to Sweden of the same member), or null. Derived from the code, never stored.
 */
export function prerequisiteId(item: Pick<ChecklistItem, 'code' | 'memberId'>): string | null {
  if (!isItemCode(item.code)) return null;
  const required = ITEM_CATALOGUE[item.code].requires;
  if (required === undefined) return null;
  return itemId(ITEM_CATALOGUE[required].actor, required, item.memberId);
}

/** Statuses under which the prerequisite still blocks: neither done nor set aside. */
const BLOCKING: readonly ItemStatus[] = ['todo', 'follow-up'];

/**
 * Whether the item cannot be done yet because its prerequisite, present in `items`, is still
 * open. A prerequisite marked 'not-applicable' (the person got a number some other way) no
 * longer blocks. Advice for the UI, not a lock: the caseworker may still record the item.
 */
export function isWaiting(
  item: Pick<ChecklistItem, 'code' | 'memberId'>,
  items: readonly Pick<ChecklistItem, 'id' | 'status'>[],
): boolean {
  const required = prerequisiteId(item);
  if (required === null) return false;
  const prerequisite = items.find((i) => i.id === required);
  return prerequisite !== undefined && BLOCKING.includes(prerequisite.status);
}
