import type { ActorId, HomeContact, StepMode, StepUnit } from '@motesplats/location-config';

/**
 * 'meeting': the actor's caseworker meets the household. 'home-municipality-info': the household
 * belongs to a satellite municipality that does not staff the office, so instead of a meeting
 * the service office tells them how to reach their home municipality (drop-in or booked time).
 */
export const STEP_KINDS = ['meeting', 'home-municipality-info'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** One step of a chain as it applies to one household: what a visit is created from. */
export type PlannedStep = {
  /** The actor whose step this is in the chain ('kommun' for the home-municipality info too). */
  actor: ActorId;
  kind: StepKind;
  mode: StepMode;
  minutes: number;
  /** The actors whose caseworkers may start and complete the step. */
  performers: ActorId[];
  /** The units of the actor that apply to this household (empty when the step has none). */
  units: StepUnit[];
  note?: string;
  /** For the municipality's step: which municipality (the location's or a satellite). */
  municipality?: { name: string; code: string };
  /** For 'home-municipality-info': what the service office tells the household. */
  homeContact?: HomeContact;
};

/**
 * Who gives the home-municipality information: the service office's agencies (FK, PM, SKV, as
 * the seeds describe) and the location's own municipality, which knows its neighbours, as far as
 * they are present.
 */
export const HOME_INFO_PERFORMERS: readonly ActorId[] = ['fk', 'pm', 'skv', 'kommun'];

/** Telling someone where and when to go takes minutes, not a meeting slot. */
export const HOME_INFO_MINUTES = 10;
