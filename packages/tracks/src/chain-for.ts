import type {
  ChainStep,
  LocationConfig,
  SatelliteMunicipality,
  TrackId,
} from '@motesplats/location-config';
import { conditionHolds } from './conditions.js';
import type { HouseholdFacts } from './household.js';
import { HouseholdFactsSchema } from './household.js';
import type { PlannedStep } from './planned-step.js';
import { HOME_INFO_MINUTES, HOME_INFO_PERFORMERS } from './planned-step.js';

/**
 * Why no chain could be planned:
 * - TRACK_DISABLED: the location does not offer the track;
 * - INVALID_HOUSEHOLD: the household facts are malformed (the message names the field);
 * - UNKNOWN_MUNICIPALITY: the household's municipality is neither the location's nor one of its
 *   satellites, so the location does not serve it;
 * - EMPTY_CHAIN: no step of the track applies to the household (every step is conditional).
 */
export const CHAIN_FOR_ERROR_CODES = [
  'TRACK_DISABLED',
  'INVALID_HOUSEHOLD',
  'UNKNOWN_MUNICIPALITY',
  'EMPTY_CHAIN',
] as const;
export type ChainForErrorCode = (typeof CHAIN_FOR_ERROR_CODES)[number];

export type ChainForResult =
  | { ok: true; steps: PlannedStep[] }
  | { ok: false; error: { code: ChainForErrorCode; message: string } };

/**
 * The location's chain for a track, applied to one household: conditional steps and units that
 * do not apply are left out, in chain order; for a household from a satellite municipality that
 * does not staff the office, the municipality's meeting becomes information on how to reach the
 * home municipality. `config` is a parsed, valid LocationConfig; `household` is checked here.
 */
export function chainFor(
  config: LocationConfig,
  track: TrackId,
  household: HouseholdFacts,
): ChainForResult {
  const trackConfig = config.tracks[track];
  if (!trackConfig.enabled) {
    return fail(
      'TRACK_DISABLED',
      `Expected an enabled track: ${config.id} does not offer track ${track}`,
    );
  }

  const parsed = HouseholdFactsSchema.safeParse(household);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path
      .map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`))
      .join('');
    return fail('INVALID_HOUSEHOLD', `household${path ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const facts = parsed.data;

  const code = facts.municipalityCode ?? config.municipality.code;
  const satellite = config.satellites.find((s) => s.code === code);
  if (code !== config.municipality.code && !satellite) {
    return fail(
      'UNKNOWN_MUNICIPALITY',
      `Expected the location's municipality ${config.municipality.code} or one of its satellites, got ${code}`,
    );
  }

  const steps = trackConfig.chain
    .filter((step) => step.condition === undefined || conditionHolds(step.condition, facts))
    .map((step) => plan(step, config, facts, satellite));
  if (steps.length === 0) {
    return fail(
      'EMPTY_CHAIN',
      `Expected at least one step of track ${track} to apply to the household`,
    );
  }
  return { ok: true, steps };
}

function plan(
  step: ChainStep,
  config: LocationConfig,
  facts: HouseholdFacts,
  satellite: SatelliteMunicipality | undefined,
): PlannedStep {
  const units = (step.units ?? [])
    .filter((unit) => unit.condition === undefined || conditionHolds(unit.condition, facts))
    .map((unit) => ({ ...unit }));
  const planned: PlannedStep = {
    actor: step.actor,
    kind: 'meeting',
    mode: step.mode,
    minutes: step.minutes,
    performers: [step.actor],
    units,
  };
  if (step.note !== undefined) planned.note = step.note;
  if (step.actor !== 'kommun') return planned;

  const municipality = satellite ?? config.municipality;
  planned.municipality = { name: municipality.name, code: municipality.code };
  if (!satellite || satellite.staffsOffice) return planned;

  // The satellite's caseworker is not at the office: the service office informs instead.
  // Config validation guarantees homeContact when staffsOffice is false.
  const present = HOME_INFO_PERFORMERS.filter((actor) => config.actors.includes(actor));
  const info: PlannedStep = {
    actor: 'kommun',
    kind: 'home-municipality-info',
    mode: 'in-person',
    minutes: Math.min(step.minutes, HOME_INFO_MINUTES),
    performers: present.length > 0 ? present : [...config.actors],
    units: [],
    municipality: planned.municipality,
  };
  if (satellite.homeContact) info.homeContact = { ...satellite.homeContact };
  return info;
}

function fail(code: ChainForErrorCode, message: string): ChainForResult {
  return { ok: false, error: { code, message } };
}
