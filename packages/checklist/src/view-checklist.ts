import type { ActorId } from '@motesplats/location-config';
import { z } from 'zod';
import type { ChecklistItem } from './checklist-item.js';
import { ChecklistItemSchema } from './checklist-item.js';
import type { ConsentGrant } from './consent-grant.js';
import { parseInput } from './parse-input.js';
import { isWaiting, prerequisiteId } from './prerequisite.js';
import { mayReadItem, readAccess } from './read-access.js';
import type { Viewer } from './viewer.js';

/** An item as a viewer sees it, with what the UI needs to show it as waiting. */
export type ChecklistViewItem = ChecklistItem & {
  /** The item this one waits for (always the same actor's, so visible too), or null. */
  prerequisiteId: string | null;
  /** Its prerequisite is still open: show it as waiting. */
  waiting: boolean;
};

/**
 * What one viewer may see of a checklist at one instant. Built from scratch: hidden items are
 * not in it, not even by reference, and `hiddenCount` is a bare number (no actor, no code, no
 * member), so a hidden item's content cannot be read from a view by any means.
 */
export type ChecklistView = {
  /** False for an analyst, whose view is always empty: analysts see statistics only. */
  personal: boolean;
  items: ChecklistViewItem[];
  /** Items the viewer may not read. 0 for the newcomer and for analysts (nothing to count). */
  hiddenCount: number;
  /** The actors whose items the viewer may read now, in ACTOR_IDS order. */
  visibleActors: ActorId[];
  /** The active grants that opened the list (for the audit record); empty without one. */
  grantIds: string[];
};

// Stored rows carry more (householdId, visitId): known fields are copied, the rest dropped.
const ItemsSchema = z.array(z.object(ChecklistItemSchema.shape));

/**
 * The newcomer sees every item; a caseworker their own agency's, and the rest only under an
 * active grant (see readAccess); an analyst nothing. Depends on `now` alone, so revocation and
 * expiry take effect at once. Throws ChecklistError INVALID_INPUT on malformed input.
 */
export function viewChecklist(
  checklist: { items: readonly ChecklistItem[] },
  viewer: Viewer,
  grants: readonly ConsentGrant[],
  now: string,
): ChecklistView {
  const access = readAccess(viewer, grants, now);
  if (!access.personal) {
    return { personal: false, items: [], hiddenCount: 0, visibleActors: [], grantIds: [] };
  }
  const all = parseInput(ItemsSchema, checklist?.items, 'checklist.items');
  const visible = all.filter((item) => mayReadItem(access, item));
  return {
    personal: true,
    items: visible.map((item) => ({
      ...item,
      prerequisiteId: prerequisiteId(item),
      waiting: isWaiting(item, visible),
    })),
    hiddenCount: all.length - visible.length,
    visibleActors: access.actors,
    grantIds: access.grantIds,
  };
}
