import {
  DEMO_CONFIG,
  GAVLE_LIKE_CONFIG,
  SATELLITE_NOT_STAFFED_CONFIG,
  WITH_BRANCH_CONFIG,
  WITH_MOBILE_TEAM_CONFIG,
} from '@motesplats/location-config';
import type { LocationConfig } from '@motesplats/location-config';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainFor } from '../src/index.js';
import type { ChainForErrorCode, HouseholdFacts, PlannedStep } from '../src/index.js';

const DAY = '2025-03-04';
const ADULT = { birthDate: '1985-06-15' };
const household = (extra: Partial<HouseholdFacts> = {}): HouseholdFacts => ({
  onDate: DAY,
  members: [ADULT],
  ...extra,
});

function steps(
  config: LocationConfig,
  track: '1' | '2' | '3',
  facts: HouseholdFacts,
): PlannedStep[] {
  const result = chainFor(config, track, facts);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.steps;
}
const actors = (list: PlannedStep[]) => list.map((s) => s.actor);

describe('chainFor: Pensionsmyndigheten only when someone is 65+ on the visit day', () => {
  it.each([
    ['nobody over 64', [ADULT], false],
    ['a grandparent of 70', [ADULT, { birthDate: '1955-01-01' }], true],
    ['turns 65 on the visit day', [{ birthDate: '1960-03-04' }], true],
    ['turns 65 the day after', [{ birthDate: '1960-03-05' }], false],
  ])('%s', (_name, members, withPm) => {
    const list = steps(DEMO_CONFIG, '1', household({ members }));
    expect(actors(list).includes('pm')).toBe(withPm);
    expect(actors(list).filter((a) => a !== 'pm')).toEqual(['mv', 'af', 'fk', 'skv', 'kommun']);
  });

  it('born 29 February: 65 on 1 March in a common year, not on 28 February', () => {
    const member = { birthDate: '1960-02-29' };
    expect(
      actors(steps(DEMO_CONFIG, '2', { onDate: '2025-02-28', members: [member] })),
    ).not.toContain('pm');
    expect(actors(steps(DEMO_CONFIG, '2', { onDate: '2025-03-01', members: [member] }))).toContain(
      'pm',
    );
  });
});

describe('chainFor: other conditions', () => {
  it('social services join the municipality step only when financial assistance is needed', () => {
    const unitsOf = (facts: HouseholdFacts) =>
      steps(GAVLE_LIKE_CONFIG, '1', facts)
        .find((s) => s.actor === 'kommun')
        ?.units.map((u) => u.id);
    expect(unitsOf(household())).toEqual(['labour-market']);
    expect(unitsOf(household({ needsFinancialAssistance: false }))).toEqual(['labour-market']);
    expect(unitsOf(household({ needsFinancialAssistance: true }))).toEqual([
      'labour-market',
      'social-services',
    ]);
  });

  it('a step for households with children', () => {
    expect(actors(steps(WITH_BRANCH_CONFIG, '3', household()))).toEqual(['kommun', 'af', 'skv']);
    const withChild = household({ members: [ADULT, { birthDate: '2015-09-01' }] });
    expect(actors(steps(WITH_BRANCH_CONFIG, '3', withChild))).toEqual([
      'kommun',
      'af',
      'skv',
      'fk',
    ]);
  });

  it('keeps the chain order, minutes, mode and note of the location', () => {
    const list = steps(
      WITH_MOBILE_TEAM_CONFIG,
      '1',
      household({ members: [{ birthDate: '1950-01-01' }] }),
    );
    expect(list.map((s) => [s.actor, s.minutes, s.mode])).toEqual([
      ['mv', 30, 'in-person'],
      ['af', 60, 'in-person'],
      ['skv', 30, 'in-person'],
      ['fk', 30, 'in-person'],
      ['pm', 20, 'video'],
      ['kommun', 45, 'in-person'],
    ]);
    expect(steps(DEMO_CONFIG, '1', household())[0]).toEqual({
      actor: 'mv',
      kind: 'meeting',
      mode: 'in-person',
      minutes: 30,
      performers: ['mv'],
      units: [],
      note: 'Delgivningssamtal om uppehållstillstånd',
    });
  });
});

describe('chainFor: satellite municipalities', () => {
  const kommunStep = (facts: HouseholdFacts) =>
    steps(SATELLITE_NOT_STAFFED_CONFIG, '2', facts).find((s) => s.actor === 'kommun');

  it('home municipality (by default or by its own code): a meeting with it', () => {
    const expected = {
      kind: 'meeting',
      minutes: 40,
      performers: ['kommun'],
      municipality: { name: 'Provstad', code: '9902' },
    };
    expect(kommunStep(household())).toMatchObject(expected);
    expect(kommunStep(household({ municipalityCode: '9902' }))).toMatchObject(expected);
  });

  it('a satellite that staffs the office: a meeting with that municipality', () => {
    expect(kommunStep(household({ municipalityCode: '9905' }))).toMatchObject({
      kind: 'meeting',
      municipality: { name: 'Provås', code: '9905' },
    });
  });

  it('a satellite that does not staff the office: information on how to reach it instead', () => {
    const step = kommunStep(household({ municipalityCode: '9903' }));
    expect(step).toEqual({
      actor: 'kommun',
      kind: 'home-municipality-info',
      mode: 'in-person',
      minutes: 10,
      performers: ['fk', 'pm', 'skv', 'kommun'],
      units: [],
      municipality: { name: 'Provby', code: '9903' },
      homeContact: SATELLITE_NOT_STAFFED_CONFIG.satellites[0]?.homeContact,
    });
    expect(kommunStep(household({ municipalityCode: '9904' }))?.homeContact?.method).toBe(
      'booked-time',
    );
  });

  it('the other steps are the same wherever the household lives', () => {
    const home = steps(SATELLITE_NOT_STAFFED_CONFIG, '1', household());
    const satellite = steps(
      SATELLITE_NOT_STAFFED_CONFIG,
      '1',
      household({ municipalityCode: '9903' }),
    );
    expect(satellite.slice(0, -1)).toEqual(home.slice(0, -1));
  });
});

describe('chainFor: refusals', () => {
  const onlyConditional: LocationConfig = {
    ...DEMO_CONFIG,
    tracks: {
      ...DEMO_CONFIG.tracks,
      '2': {
        enabled: true,
        chain: [{ actor: 'pm', minutes: 20, mode: 'in-person', condition: 'anyone-65-plus' }],
      },
    },
  };
  it.each<[string, LocationConfig, '1' | '2' | '3', HouseholdFacts, ChainForErrorCode, string]>([
    ['a disabled track', GAVLE_LIKE_CONFIG, '2', household(), 'TRACK_DISABLED', 'track 2'],
    [
      'a municipality the location does not serve',
      SATELLITE_NOT_STAFFED_CONFIG,
      '1',
      household({ municipalityCode: '9950' }),
      'UNKNOWN_MUNICIPALITY',
      '9950',
    ],
    [
      'nobody in the household',
      DEMO_CONFIG,
      '1',
      household({ members: [] }),
      'INVALID_HOUSEHOLD',
      'members',
    ],
    [
      'an impossible birth date',
      DEMO_CONFIG,
      '1',
      household({ members: [{ birthDate: '1990-02-30' }] }),
      'INVALID_HOUSEHOLD',
      'members[0].birthDate',
    ],
    [
      'a birth date after the visit day',
      DEMO_CONFIG,
      '1',
      household({ members: [ADULT, { birthDate: '2025-03-05' }] }),
      'INVALID_HOUSEHOLD',
      'members[1].birthDate',
    ],
    [
      'a malformed municipality code',
      DEMO_CONFIG,
      '1',
      household({ municipalityCode: '99' }),
      'INVALID_HOUSEHOLD',
      'municipalityCode',
    ],
    ['no step applies', onlyConditional, '2', household(), 'EMPTY_CHAIN', 'track 2'],
  ])('%s → %s', (_name, config, track, facts, code, mentions) => {
    const result = chainFor(config, track, facts);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toContain(mentions);
  });
});

describe('chainFor: properties', () => {
  const birthDate = fc
    .date({ min: new Date('1930-01-01'), max: new Date('2025-03-04'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const facts = fc.record({
    onDate: fc.constant(DAY),
    members: fc.array(fc.record({ birthDate }), { minLength: 1, maxLength: 6 }),
    municipalityCode: fc.constantFrom(undefined, '9902', '9903', '9904', '9905'),
    needsFinancialAssistance: fc.option(fc.boolean(), { nil: undefined }),
  });

  it('the result is the configured chain, in order, with only conditional steps left out', () => {
    fc.assert(
      fc.property(facts, fc.constantFrom('1' as const, '2' as const), (f, track) => {
        const list = steps(SATELLITE_NOT_STAFFED_CONFIG, track, f);
        const configured = SATELLITE_NOT_STAFFED_CONFIG.tracks[track].chain;
        const kept = configured.filter((s) => list.some((p) => p.actor === s.actor));
        expect(actors(list)).toEqual(kept.map((s) => s.actor));
        for (const step of configured) {
          if (step.condition === undefined) expect(actors(list)).toContain(step.actor);
        }
        for (const step of list) expect(step.performers.length).toBeGreaterThan(0);
      }),
    );
  });
});
