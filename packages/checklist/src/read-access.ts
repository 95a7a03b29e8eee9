import { ACTOR_IDS } from '@motesplats/location-config';
import type { ActorId } from '@motesplats/location-config';
import { z } from 'zod';
import type { ChecklistItem } from './checklist-item.js';
import { ALL_PRESENT_TODAY, ConsentGrantSchema, isGrantActive } from './consent-grant.js';
import type { ConsentGrant } from './consent-grant.js';
import { instantOf } from './instant.js';
import { ITEM_CATALOGUE, isItemCode } from './item-codes.js';
import { parseInput } from './parse-input.js';
import { ViewerSchema } from './viewer.js';
import type { Viewer } from './viewer.js';

/**
 * Whose items a viewer may read at one instant: the single decision both the checklist view and
 * the conflict view use, so they can never disagree.
 */
export type ReadAccess = {
  /** False for analysts: nothing personal at all. */
  personal: boolean;
  /** The actors whose items may be read, in ACTOR_IDS order (all six for the newcomer). */
  actors: ActorId[];
  /** The ids of the active grants that opened the list to a caseworker (for the audit record). */
  grantIds: string[];
};

/**
 * A grant names who may read (sekretessmedgivande): an agency, or every caseworker present at
 * the person's day. So a caseworker reads their own agency's items, and the whole list while an
 * active grant names their agency, or 'all-present-today' while they are present today.
 * Validates all input and throws ChecklistError INVALID_INPUT rather than guess (fail closed).
 */
export function readAccess(
  viewer: Viewer,
  grants: readonly ConsentGrant[],
  now: string,
): ReadAccess {
  const who = parseInput(ViewerSchema, viewer, 'viewer');
  const valid = parseInput(z.array(ConsentGrantSchema), grants, 'grants');
  instantOf(now, 'now');

  if (who.kind === 'newcomer') return { personal: true, actors: [...ACTOR_IDS], grantIds: [] };
  if (who.kind === 'analyst') return { personal: false, actors: [], grantIds: [] };

  const opening = valid.filter(
    (grant) =>
      isGrantActive(grant, now) &&
      (grant.grantee === who.actor ||
        (grant.grantee === ALL_PRESENT_TODAY && who.presentToday === true)),
  );
  if (opening.length === 0) return { personal: true, actors: [who.actor], grantIds: [] };
  return {
    personal: true,
    actors: [...ACTOR_IDS],
    grantIds: opening.flatMap((g) => (g.id === undefined ? [] : [g.id])),
  };
}

/**
 * The actors that handle an item as their own: its actor, plus the service office's agencies
 * for the home-municipality contact. From the catalogue, never from the item itself.
 */
export function handlersOf(item: Pick<ChecklistItem, 'actor' | 'code'>): ActorId[] {
  const also = isItemCode(item.code) ? (ITEM_CATALOGUE[item.code].alsoHandledBy ?? []) : [];
  return [item.actor, ...also.filter((a) => a !== item.actor)];
}

/** Readable when one of the actors that handle the item is readable. */
export function mayReadItem(
  access: ReadAccess,
  item: Pick<ChecklistItem, 'actor' | 'code'>,
): boolean {
  return handlersOf(item).some((a) => access.actors.includes(a));
}
