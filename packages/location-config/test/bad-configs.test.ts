import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, parseLocationConfig } from '../src/index.js';
import type { LocationConfig } from '../src/index.js';
import { demo } from './support.js';

type Case = {
  name: string;
  /** Build the bad input from a fresh copy of the demo config. */
  make: (config: LocationConfig) => unknown;
  /** Every path the result must report, in order. */
  paths: string[];
  /** A fragment of the first message, to check it says what was expected. */
  says?: string;
};

// Loose access for cases that write values of the wrong type.
const loose = (value: unknown) => value as Record<string, unknown>;
const step = (config: LocationConfig, track: '1' | '2' | '3', index: number) => {
  const found = config.tracks[track].chain[index];
  if (!found) throw new Error(`demo has no step ${track}/${index}`);
  return found;
};

const CASES: Case[] = [
  {
    name: 'kommunkod with three digits',
    make: (c) => ({ ...c, municipality: { ...c.municipality, code: '999' } }),
    paths: ['municipality.code'],
    says: 'four digits',
  },
  {
    name: 'kommunkod with letters',
    make: (c) => ({ ...c, municipality: { ...c.municipality, code: '99a9' } }),
    paths: ['municipality.code'],
  },
  {
    name: 'satellite kommunkod with five digits',
    make: (c) => ({ ...c, satellites: [{ name: 'Provby', code: '99031', staffsOffice: true }] }),
    paths: ['satellites[0].code'],
    says: 'four digits',
  },
  {
    name: 'duplicate room id',
    make: (c) => ({ ...c, rooms: [...c.rooms, { id: 'room-1', name: 'Rum 1b', capacity: 2 }] }),
    paths: ['rooms[4].id'],
    says: 'unique room id',
  },
  {
    name: 'duplicate branch id',
    make: (c) => {
      const branch = {
        id: 'b',
        name: 'Filial',
        address: { street: 'Provgatan 1', postalCode: '999 98', city: 'Provby' },
        actors: ['af' as const],
      };
      return { ...c, branches: [branch, { ...branch, name: 'Filial 2' }] };
    },
    paths: ['branches[1].id'],
  },
  {
    name: 'duplicate mobile team id',
    make: (c) => {
      const team = {
        id: 't',
        venue: {
          name: 'Biblioteket',
          address: { street: 'Provgatan 1', postalCode: '999 98', city: 'Provby' },
        },
        actors: ['af' as const],
      };
      return { ...c, mobileTeams: [team, team] };
    },
    paths: ['mobileTeams[1].id'],
  },
  {
    name: 'an actor twice in a chain',
    make: (c) => {
      step(c, '1', 3).actor = 'af';
      return c;
    },
    paths: ['tracks.1.chain[3].actor'],
    says: 'each actor once',
  },
  {
    name: 'in-person steps for an actor that is not present',
    make: (c) => ({ ...c, actors: c.actors.filter((a) => a !== 'pm') }),
    paths: ['tracks.1.chain[3].actor', 'tracks.2.chain[2].actor', 'tracks.3.chain[3].actor'],
    says: 'present at the location',
  },
  {
    name: 'spår 1 starting with AF',
    make: (c) => {
      c.tracks['1'].chain.reverse();
      return c;
    },
    paths: ['tracks.1.chain[0].actor'],
    says: 'start with Migrationsverket',
  },
  {
    name: 'spår 1 whose MV step has a condition',
    make: (c) => {
      step(c, '1', 0).condition = 'has-children';
      return c;
    },
    paths: ['tracks.1.chain[0].condition'],
  },
  {
    name: 'spår 2 with an MV step',
    make: (c) => {
      c.tracks['2'].chain.push({ actor: 'mv', minutes: 30, mode: 'in-person' });
      return c;
    },
    paths: ['tracks.2.chain[5].actor'],
    says: 'no Migrationsverket',
  },
  {
    name: 'spår 3 with an MV step first',
    make: (c) => {
      c.tracks['3'].chain.unshift({ actor: 'mv', minutes: 30, mode: 'video' });
      return c;
    },
    paths: ['tracks.3.chain[0].actor'],
  },
  {
    name: 'a step of 4 minutes',
    make: (c) => {
      step(c, '1', 2).minutes = 4;
      return c;
    },
    paths: ['tracks.1.chain[2].minutes'],
    says: 'at least 5 minutes',
  },
  {
    name: 'a step of 241 minutes',
    make: (c) => {
      step(c, '2', 0).minutes = 241;
      return c;
    },
    paths: ['tracks.2.chain[0].minutes'],
    says: 'at most 240 minutes',
  },
  {
    name: 'a step of 30.5 minutes',
    make: (c) => {
      step(c, '3', 4).minutes = 30.5;
      return c;
    },
    paths: ['tracks.3.chain[4].minutes'],
    says: 'whole number',
  },
  {
    name: 'an unknown actor in a chain',
    make: (c) => {
      loose(step(c, '1', 2)).actor = 'csn';
      return c;
    },
    paths: ['tracks.1.chain[2].actor'],
    says: 'expected one of',
  },
  {
    name: 'an unknown step mode',
    make: (c) => {
      loose(step(c, '1', 0)).mode = 'phone';
      return c;
    },
    paths: ['tracks.1.chain[0].mode'],
  },
  {
    name: 'an unknown step condition',
    make: (c) => {
      loose(step(c, '2', 1)).condition = 'over-18';
      return c;
    },
    paths: ['tracks.2.chain[1].condition'],
  },
  {
    name: 'no track enabled',
    make: (c) => {
      c.tracks['1'].enabled = false;
      c.tracks['2'].enabled = false;
      c.tracks['3'].enabled = false;
      return c;
    },
    paths: ['tracks'],
    says: 'at least one enabled track',
  },
  {
    name: 'an enabled track with no steps',
    make: (c) => {
      c.tracks['2'].chain = [];
      return c;
    },
    paths: ['tracks.2.chain'],
  },
  {
    name: 'a misspelt field (and so a missing one)',
    make: (c) => ({ ...c, tracks: { ...c.tracks, '2': { enabeld: true, chain: [] } } }),
    paths: ['tracks.2.enabled', 'tracks.2.enabeld'],
  },
  {
    name: 'closing time before opening time',
    make: (c) => ({ ...c, openingHours: [{ weekday: 'tue', opens: '16:00', closes: '08:30' }] }),
    paths: ['openingHours[0].closes'],
    says: 'closing time after the opening time 16:00',
  },
  {
    name: 'closing time equal to opening time',
    make: (c) => ({ ...c, openingHours: [{ weekday: 'tue', opens: '09:00', closes: '09:00' }] }),
    paths: ['openingHours[0].closes'],
  },
  {
    name: 'an opening time without a leading zero',
    make: (c) => ({
      ...c,
      openingHours: [c.openingHours[0], { weekday: 'thu', opens: '8:30', closes: '16:00' }],
    }),
    paths: ['openingHours[1].opens'],
    says: 'HH:MM',
  },
  {
    name: 'a closing time of 24:00',
    make: (c) => ({ ...c, openingHours: [{ weekday: 'tue', opens: '08:30', closes: '24:00' }] }),
    paths: ['openingHours[0].closes'],
  },
  {
    name: 'the same weekday twice',
    make: (c) => ({
      ...c,
      openingHours: [
        { weekday: 'tue', opens: '08:00', closes: '12:00' },
        { weekday: 'tue', opens: '13:00', closes: '16:00' },
      ],
    }),
    paths: ['openingHours[1].weekday'],
  },
  {
    name: 'a satellite that does not staff the office and says nothing on how to reach it',
    make: (c) => ({ ...c, satellites: [{ name: 'Provby', code: '9903', staffsOffice: false }] }),
    paths: ['satellites[0].homeContact'],
    says: 'how newcomers reach their home municipality',
  },
  {
    name: 'a satellite with the home municipality code',
    make: (c) => ({ ...c, satellites: [{ name: 'Demoby', code: '9999', staffsOffice: true }] }),
    paths: ['satellites[0].code'],
  },
  {
    name: 'a satellite listed twice',
    make: (c) => {
      const satellite = { name: 'Provby', code: '9903', staffsOffice: true };
      return { ...c, satellites: [satellite, satellite] };
    },
    paths: ['satellites[1].code'],
  },
  {
    name: 'a branch staffed with an actor the location does not have',
    make: (c) => ({
      ...c,
      actors: c.actors.filter((a) => a !== 'pm'),
      tracks: {
        ...c.tracks,
        '1': { ...c.tracks['1'], chain: c.tracks['1'].chain.filter((s) => s.actor !== 'pm') },
        '2': { ...c.tracks['2'], chain: c.tracks['2'].chain.filter((s) => s.actor !== 'pm') },
        '3': { ...c.tracks['3'], chain: c.tracks['3'].chain.filter((s) => s.actor !== 'pm') },
      },
      branches: [
        {
          id: 'provby',
          name: 'Filial Provby',
          address: { street: 'Provgatan 1', postalCode: '999 98', city: 'Provby' },
          actors: ['af', 'pm'],
        },
      ],
    }),
    paths: ['branches[0].actors[1]'],
  },
  {
    name: 'a mobile team with the same actor twice',
    make: (c) => ({
      ...c,
      mobileTeams: [
        {
          id: 'provby',
          venue: {
            name: 'Biblioteket',
            address: { street: 'Provgatan 1', postalCode: '999 98', city: 'Provby' },
          },
          actors: ['af', 'af'],
        },
      ],
    }),
    paths: ['mobileTeams[0].actors[1]'],
  },
  {
    name: 'an actor present twice',
    make: (c) => ({ ...c, actors: [...c.actors, 'fk'] }),
    paths: ['actors[6]'],
  },
  {
    name: 'an interpreter language listed twice',
    make: (c) => ({ ...c, interpreters: [...c.interpreters, { language: 'ar', count: 1 }] }),
    paths: ['interpreters[5].language'],
  },
  {
    name: 'an interpreter language written out',
    make: (c) => ({ ...c, interpreters: [{ language: 'Arabic', count: 2 }] }),
    paths: ['interpreters[0].language'],
  },
  {
    name: 'zero interpreters',
    make: (c) => ({ ...c, interpreters: [{ language: 'ar', count: 0 }] }),
    paths: ['interpreters[0].count'],
  },
  {
    name: 'an info-sheet language that has no info sheet',
    make: (c) => ({ ...c, infoSheetLanguages: ['sv', 'de'] }),
    paths: ['infoSheetLanguages[1]'],
  },
  {
    name: 'an id that is not a slug',
    make: (c) => ({ ...c, id: 'Demo Ort' }),
    paths: ['id'],
    says: 'slug',
  },
  {
    name: 'a blank name',
    make: (c) => ({ ...c, name: '   ' }),
    paths: ['name'],
  },
  {
    name: 'a postal code without its space',
    make: (c) => ({
      ...c,
      venue: { ...c.venue, address: { ...c.venue.address, postalCode: '99999' } },
    }),
    paths: ['venue.address.postalCode'],
  },
  {
    name: 'an unknown venue kind',
    make: (c) => ({ ...c, venue: { ...c.venue, kind: 'library' } }),
    paths: ['venue.kind'],
  },
  {
    name: 'a room for nobody',
    make: (c) => ({ ...c, rooms: [{ id: 'r', name: 'Rum', capacity: 0 }] }),
    paths: ['rooms[0].capacity'],
  },
  {
    name: 'no rooms',
    make: (c) => ({ ...c, rooms: [] }),
    paths: ['rooms'],
  },
  {
    name: 'two units with the same id in one step',
    make: (c) => {
      step(c, '1', 5).units = [
        { id: 'social-services', name: 'Socialtjänsten' },
        { id: 'social-services', name: 'Socialtjänsten igen' },
      ];
      return c;
    },
    paths: ['tracks.1.chain[5].units[1].id'],
  },
  {
    name: 'not an object at all',
    make: () => 'demo',
    paths: ['(input)'],
  },
  {
    name: 'a missing tracks object',
    make: (c) => {
      const { tracks: _tracks, ...rest } = c;
      return rest;
    },
    paths: ['tracks'],
  },
];

describe('parseLocationConfig refuses bad configs at the exact path', () => {
  it('has at least 20 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES)('$name → $paths', ({ make, paths, says }) => {
    const result = parseLocationConfig(make(demo()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(paths);
    for (const error of result.errors) expect(error.message).toMatch(/expected/i);
    if (says) expect(result.errors[0]?.message).toContain(says);
    // Every issue can be said in another language: a rule's code or zod's, never none.
    for (const error of result.errors) {
      expect(
        (ISSUE_CODES as readonly string[]).includes(error.code ?? '') ||
          error.code?.startsWith('zod.'),
        `${error.path}: ${error.code}`,
      ).toBe(true);
    }
  });

  it('names the rule and its values for a rule between fields', () => {
    const config = demo();
    const chain = config.tracks['1'].chain;
    chain.push({ ...chain[1]! });
    const result = parseLocationConfig(config);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: `tracks.1.chain[${chain.length - 1}].actor`,
        message: expect.stringContaining('Expected each actor once'),
        code: 'chain.actor-twice',
        params: { actor: 'af', step: 2 },
      },
    ]);
  });
});
