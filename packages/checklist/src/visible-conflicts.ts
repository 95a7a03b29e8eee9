import type { Conflict } from './conflict.js';
import type { ConsentGrant } from './consent-grant.js';
import { readAccess } from './read-access.js';
import type { Viewer } from './viewer.js';

/**
 * The conflicts a viewer may see: only those where they may read every involved agency's
 * items, because a conflict reveals what each of those agencies planned. The same access
 * decision as viewChecklist; analysts see none. A conflict without actors is never shown.
 * Throws ChecklistError INVALID_INPUT on a malformed viewer, grant or `now`.
 */
export function visibleConflicts(
  conflicts: readonly Conflict[],
  viewer: Viewer,
  grants: readonly ConsentGrant[],
  now: string,
): Conflict[] {
  const access = readAccess(viewer, grants, now);
  if (!access.personal) return [];
  return conflicts.filter(
    (c) =>
      Array.isArray(c.actors) &&
      c.actors.length > 0 &&
      c.actors.every((a) => access.actors.includes(a)),
  );
}
