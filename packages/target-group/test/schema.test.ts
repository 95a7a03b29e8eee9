import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { IsoDateSchema, PersonFactsSchema, type PersonFacts } from '../src/index.js';

function failingPaths(input: unknown): string[] {
  const result = PersonFactsSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error?.issues.map((i) => i.path.join('.')) ?? [];
}

describe('PersonFactsSchema', () => {
  it('accepts complete and minimal facts', () => {
    const full: PersonFacts = {
      birthDate: '1990-01-01',
      permit: { chapter: 5, section: 1, grantedOn: '2017-03-01' },
      housing: 'migration-facility',
      unaccompaniedMinor: false,
      relation: { kind: 'family-reunification', nuclearFamily: true, principalInTargetGroup: true },
    };
    expect(PersonFactsSchema.parse(full)).toEqual(full);
    expect(PersonFactsSchema.parse({ birthDate: '1990-01-01' })).toEqual({
      birthDate: '1990-01-01',
    });
  });

  it('keeps null (known absent) apart from left out (unknown)', () => {
    expect(
      PersonFactsSchema.parse({
        birthDate: '1990-01-01',
        permit: null,
        housing: null,
        relation: null,
      }),
    ).toEqual({
      birthDate: '1990-01-01',
      permit: null,
      housing: null,
      relation: null,
    });
  });

  it.each([
    [{ birthDate: '2021-02-30' }, 'birthDate'],
    [{ birthDate: 'yesterday' }, 'birthDate'],
    [{}, 'birthDate'],
    [
      { birthDate: '1990-01-01', permit: { chapter: 5, grantedOn: '2021-13-01' } },
      'permit.grantedOn',
    ],
    [{ birthDate: '1990-01-01', permit: { chapter: 0 } }, 'permit.chapter'],
    [{ birthDate: '1990-01-01', permit: { section: 1 } }, 'permit.chapter'],
    [{ birthDate: '1990-01-01', housing: 'tent' }, 'housing'],
    [{ birthDate: '1990-01-01', unaccompaniedMinor: null }, 'unaccompaniedMinor'],
    [
      {
        birthDate: '1990-01-01',
        relation: { kind: 'accompanying-child', principalInTargetGroup: 'yes' },
      },
      'relation.principalInTargetGroup',
    ],
    [
      { birthDate: '1990-01-01', relation: { kind: 'cousin', principalInTargetGroup: true } },
      'relation.kind',
    ],
    // A misspelt field must not silently become a "missing fact".
    [{ birthDate: '1990-01-01', housingType: 'own' }, ''],
  ])('rejects %j at %s', (input, path) => {
    expect(failingPaths(input)).toContain(path);
  });

  it('has exactly the shape of PersonFacts', () => {
    expectTypeOf<z.infer<typeof PersonFactsSchema>>().toEqualTypeOf<PersonFacts>();
  });

  it('IsoDateSchema is the same date check', () => {
    expect(IsoDateSchema.safeParse('2020-02-29').success).toBe(true);
    expect(IsoDateSchema.safeParse('2021-02-29').success).toBe(false);
  });
});
