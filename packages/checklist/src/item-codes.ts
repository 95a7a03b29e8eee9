import type { ActorId } from '@motesplats/location-config';
import { HOME_INFO_PERFORMERS } from '@motesplats/tracks';

/**
 * Every kind of checklist item, one code per thing the person must get done at an actor (the
 * seeds' "What happens at each actor"). Codes are unique across actors, so a code alone names
 * its actor; they are stored in the database, so a code is never renamed, only added.
 */
export const ITEM_CODES = [
  'decision-notification',
  'move-notification',
  'id-card-info',
  'jobseeker-registration',
  'establishment-meeting',
  'grades-assessment',
  'establishment-benefit',
  'insurance-registration',
  'benefits-info',
  'pension-application',
  'sfi-registration',
  'preschool-registration',
  'school-registration',
  'financial-assistance',
  'home-municipality-contact',
] as const;
export type ItemCode = (typeof ITEM_CODES)[number];

export type ItemDefinition = {
  /** The actor whose item it is. */
  actor: ActorId;
  /** 'member': one item per person it concerns; 'household': one item for the household. */
  scope: 'member' | 'household';
  /**
   * The item that must be done first, for the same member (same actor, so anyone who may see
   * the item may also see what it waits for: a dependency never leaks across the secrecy line).
   */
  requires?: ItemCode;
  /**
   * Actors that handle the item as their own besides `actor` (they see and update it without a
   * grant). Only the home-municipality contact has any: the service office gives it.
   */
  alsoHandledBy?: readonly ActorId[];
};

/**
 * What each code is, in display order within its actor. Derived facts (who handles an item,
 * what it waits for) come from here and not from stored fields, so a checklist read back from
 * the database (id, actor, code, memberId, status, note, version, details) is complete.
 */
export const ITEM_CATALOGUE: Readonly<Record<ItemCode, Readonly<ItemDefinition>>> = Object.freeze({
  'decision-notification': { actor: 'mv', scope: 'member' },
  'move-notification': { actor: 'skv', scope: 'member' },
  'id-card-info': { actor: 'skv', scope: 'member', requires: 'move-notification' },
  'jobseeker-registration': { actor: 'af', scope: 'member' },
  'establishment-meeting': { actor: 'af', scope: 'member' },
  'grades-assessment': { actor: 'af', scope: 'member' },
  'establishment-benefit': { actor: 'af', scope: 'member' },
  'insurance-registration': { actor: 'fk', scope: 'member' },
  'benefits-info': { actor: 'fk', scope: 'household' },
  'pension-application': { actor: 'pm', scope: 'member' },
  'sfi-registration': { actor: 'kommun', scope: 'member' },
  'preschool-registration': { actor: 'kommun', scope: 'member' },
  'school-registration': { actor: 'kommun', scope: 'member' },
  'financial-assistance': { actor: 'kommun', scope: 'household' },
  // tracks keeps this step as the municipality's place in the chain, but the service office's
  // agencies (and the location's own municipality) give the information: the same performers.
  'home-municipality-contact': {
    actor: 'kommun',
    scope: 'household',
    alsoHandledBy: HOME_INFO_PERFORMERS.filter((a) => a !== 'kommun'),
  },
});

export function isItemCode(value: unknown): value is ItemCode {
  return typeof value === 'string' && (ITEM_CODES as readonly string[]).includes(value);
}
