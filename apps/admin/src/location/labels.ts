import { actorName } from '@motesplats/caseworker-kit';
import {
  STEP_CONDITION_DESCRIPTIONS,
  type ActorId,
  type StepCondition,
  type StepMode,
  type VenueKind,
  type Weekday,
} from '@motesplats/location-config';

/** Swedish words for the configuration's codes; the schema stores codes, the UI shows these. */
export const VENUE_KIND_SV: Record<VenueKind, string> = {
  'service-office': 'Servicekontor',
  'municipality-premises': 'Kommunens lokaler',
  'employment-service-premises': 'Arbetsförmedlingens lokaler',
};

export const MODE_SV: Record<StepMode, string> = {
  'in-person': 'På plats',
  video: 'Video',
};

export const WEEKDAY_SV: Record<Weekday, string> = {
  mon: 'Måndag',
  tue: 'Tisdag',
  wed: 'Onsdag',
  thu: 'Torsdag',
  fri: 'Fredag',
  sat: 'Lördag',
  sun: 'Söndag',
};

export const HOME_CONTACT_SV = { 'drop-in': 'Drop-in', 'booked-time': 'Bokad tid' } as const;

/** The kit's actorName for codes that arrive as plain strings (issue params, form values). */
export const actorSv = (actor: string): string => actorName(actor as ActorId);

export const modeSv = (mode: string): string => MODE_SV[mode as StepMode] ?? mode;

export const conditionSv = (condition: string | null | undefined): string =>
  condition
    ? (STEP_CONDITION_DESCRIPTIONS[condition as StepCondition]?.sv ?? condition)
    : 'Alla på spåret';
