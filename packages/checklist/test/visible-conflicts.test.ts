import { describe, expect, it } from 'vitest';
import { detectConflicts, visibleConflicts } from '../src/index.js';
import type { Conflict, ConsentGrant, Viewer } from '../src/index.js';
import { DAY, at } from './support.js';

const NOW = at(DAY, '10:00');

/** One conflict between FK and the municipality, one within AF alone. */
const conflicts = detectConflicts([
  {
    id: 'sick',
    memberId: 'm1',
    actor: 'fk',
    kind: 'sick-leave',
    hoursPerWeek: 40,
    from: '2025-03-01',
  },
  { id: 'sfi', memberId: 'm1', actor: 'kommun', kind: 'sfi', hoursPerWeek: 15, from: '2025-03-01' },
  {
    id: 'wp',
    memberId: 'm2',
    actor: 'af',
    kind: 'work-placement',
    hoursPerWeek: 30,
    from: '2025-03-01',
  },
  {
    id: 'js',
    memberId: 'm2',
    actor: 'af',
    kind: 'job-search',
    hoursPerWeek: 15,
    from: '2025-03-01',
  },
]);
const [FK_KOMMUN, AF_ONLY] = conflicts;

const caseworker = (actor: 'af' | 'fk' | 'kommun', presentToday?: boolean): Viewer => ({
  kind: 'caseworker',
  actor,
  caseworkerId: `cw-${actor}`,
  ...(presentToday === undefined ? {} : { presentToday }),
});
const grant = (
  grantee: ConsentGrant['grantee'],
  extra: Partial<ConsentGrant> = {},
): ConsentGrant => ({
  grantee,
  scope: 'read',
  from: at(DAY, '08:00'),
  until: at(DAY, '16:00'),
  ...extra,
});

describe('visibleConflicts', () => {
  it('the fixture has the two conflicts the table relies on', () => {
    expect(FK_KOMMUN).toMatchObject({ rule: 'absence-overlap', actors: ['fk', 'kommun'] });
    expect(AF_ONLY).toMatchObject({ rule: 'over-hours', actors: ['af'] });
  });

  it.each<[string, Viewer, ConsentGrant[], (Conflict | undefined)[]]>([
    ['the newcomer sees all', { kind: 'newcomer' }, [], conflicts],
    [
      'an analyst sees none, whatever the grants',
      { kind: 'analyst' },
      [grant('all-present-today')],
      [],
    ],
    ['AF, no grant: only its own conflict', caseworker('af'), [], [AF_ONLY]],
    ['FK, no grant: not the one that also shows the municipality plan', caseworker('fk'), [], []],
    ['the municipality, no grant: none', caseworker('kommun'), [], []],
    ['FK under a grant to FK: both', caseworker('fk'), [grant('fk')], conflicts],
    ['FK under a grant to the municipality: none', caseworker('fk'), [grant('kommun')], []],
    [
      'present today under all-present-today: both',
      caseworker('kommun', true),
      [grant('all-present-today')],
      conflicts,
    ],
    [
      'not present under all-present-today: none',
      caseworker('kommun', false),
      [grant('all-present-today')],
      [],
    ],
    ['an expired grant: own only', caseworker('af'), [grant('af', { until: NOW })], [AF_ONLY]],
    [
      'a grant revoked now: own only',
      caseworker('af'),
      [grant('af', { revokedAt: NOW })],
      [AF_ONLY],
    ],
  ])('%s', (_name, viewer, grants, expected) => {
    expect(visibleConflicts(conflicts, viewer, grants, NOW)).toEqual(expected);
  });

  it('never shows a conflict that names no agency', () => {
    const broken = { ...AF_ONLY, actors: [] } as unknown as Conflict;
    expect(visibleConflicts([broken], { kind: 'newcomer' }, [], NOW)).toEqual([]);
  });

  it('refuses a malformed now (fail closed)', () => {
    expect(() => visibleConflicts(conflicts, caseworker('af'), [], DAY)).toThrow(/^now:/);
  });
});
