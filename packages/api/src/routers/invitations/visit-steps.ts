import type { Track } from '@motesplats/contracts';
import {
  conditionHolds,
  defaultChain,
  type HouseholdFacts,
  type PlannedStep,
  type Visit,
} from '@motesplats/tracks';

/** What the invitation needs of a step: who, what kind, how long, and for whom (municipality). */
export type InvitationStep = Pick<PlannedStep, 'actor' | 'kind' | 'minutes'> &
  Partial<Pick<PlannedStep, 'municipality' | 'homeContact'>>;

/**
 * The visit's steps in chain order: from its state, or for a legacy row without state from the
 * national default chain of its track, with the conditional steps that apply to the household.
 */
export function stepsOf(
  state: Pick<Visit, 'steps'> | null,
  legacy: { track: Track; household: HouseholdFacts },
): InvitationStep[] {
  if (state) return state.steps;
  const { household } = legacy;
  // Bad data (a birth date after the visit day) must not make the conditions throw.
  const facts = {
    ...household,
    members: household.members.filter((m) => m.birthDate <= household.onDate),
  };
  return defaultChain(`${legacy.track}`)
    .filter((step) => step.condition === undefined || conditionHolds(step.condition, facts))
    .map((step) => ({ actor: step.actor, kind: 'meeting', minutes: step.minutes }));
}
