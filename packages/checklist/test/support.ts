import { ACTOR_IDS, DEMO_CONFIG } from '@motesplats/location-config';
import type { ActorId, LocationConfig, TrackId } from '@motesplats/location-config';
import { chainFor } from '@motesplats/tracks';
import type { PlannedStep } from '@motesplats/tracks';
import type { HouseholdFacts, HouseholdMember } from '../src/index.js';

/** The visit day used throughout (a Tuesday in winter time, UTC+1). */
export const DAY = '2025-03-04';
export const at = (date: string, time = '09:00') => `${date}T${time}:00+01:00`;

/** A member aged `age` on DAY (born on DAY's month and day, `age` years earlier). */
export function aged(
  id: string,
  age: number,
  extra: Partial<HouseholdMember> = {},
): HouseholdMember {
  return {
    id,
    birthDate: `${2025 - age}-03-04`,
    hasPersonalIdentityNumber: false,
    ...extra,
  };
}

/** Every actor once, as a bare `{ actor, kind }` chain (spår 1 order). */
export const FULL_CHAIN = ACTOR_IDS.map((actor) => ({ actor, kind: 'meeting' as const }));
/** Spår 2/3: no Migrationsverket. */
export const CHAIN_WITHOUT_MV = FULL_CHAIN.filter((s) => s.actor !== 'mv');

export function chainOf(...actors: ActorId[]) {
  return actors.map((actor) => ({ actor, kind: 'meeting' as const }));
}

/** The chain tracks plans for the household at a location (real PlannedSteps). */
export function plannedChain(
  config: LocationConfig,
  track: TrackId,
  household: HouseholdFacts,
  municipalityCode?: string,
): PlannedStep[] {
  const result = chainFor(config, track, {
    onDate: DAY,
    members: household.members.map((m) => ({ birthDate: m.birthDate })),
    ...(municipalityCode === undefined ? {} : { municipalityCode }),
    ...(household.needsFinancialAssistance === undefined
      ? {}
      : { needsFinancialAssistance: household.needsFinancialAssistance }),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.steps;
}

export const DEMO = DEMO_CONFIG;
