import {
  ACTOR_IDS,
  INFO_SHEET_LANGUAGES,
  STEP_CONDITIONS,
  STEP_MODES,
  VENUE_KINDS,
} from '@motesplats/location-config';
import { LANGUAGE_NAMES_SV } from '@motesplats/caseworker-kit';
import { MODE_SV, VENUE_KIND_SV, actorSv, conditionSv } from '../labels';

/** Select and checkbox options in Swedish, in the schema's own order. */
export const ACTOR_OPTIONS = ACTOR_IDS.map((value) => ({ value, label: actorSv(value) }));
export const MODE_OPTIONS = STEP_MODES.map((value) => ({ value, label: MODE_SV[value] }));
export const CONDITION_OPTIONS = STEP_CONDITIONS.map((value) => ({
  value,
  label: conditionSv(value),
}));
export const INFO_SHEET_OPTIONS = INFO_SHEET_LANGUAGES.map((value) => ({
  value,
  label: `${LANGUAGE_NAMES_SV[value]} (${value})`,
}));
export const VENUE_KIND_OPTIONS = VENUE_KINDS.map((value) => ({
  value,
  label: VENUE_KIND_SV[value],
}));
