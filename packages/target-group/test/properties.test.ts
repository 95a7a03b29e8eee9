import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  assessTargetGroup,
  HOUSING_KINDS,
  RELATION_KINDS,
  type Housing,
  type PersonFacts,
} from '../src/index.js';
import { addDays, expectTargetGroupError } from './support.js';

const dayBetween = (min: string, max: string) =>
  fc
    .date({
      min: new Date(`${min}T00:00:00Z`),
      max: new Date(`${max}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

function yearsBefore(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y - years, m - 1, d)).toISOString().slice(0, 10);
}

/** A date and a birth date clustered around whole-year ages, so the 18 and 65 edges are hit often. */
const datesArb = fc
  .tuple(
    dayBetween('2016-07-28', '2060-12-31'),
    fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(17, 18, 64, 65)),
    fc.integer({ min: -2, max: 2 }),
  )
  .map(([onDate, years, offset]) => {
    const birthDate = addDays(yearsBefore(onDate, years), offset);
    return { onDate, birthDate: birthDate > onDate ? onDate : birthDate };
  });

const permitArb = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.record(
    {
      chapter: fc.oneof(fc.constantFrom(5, 6, 12, 21, 22), fc.integer({ min: 1, max: 30 })),
      section: fc.option(
        fc.oneof(fc.constantFrom(1, 2, 3, 4, 5, 6, 18), fc.integer({ min: 1, max: 40 })),
        {
          nil: undefined,
        },
      ),
      grantedOn: fc.option(dayBetween('2010-01-01', '2060-12-31'), { nil: undefined }),
    },
    { requiredKeys: ['chapter'] },
  ),
);

const relationArb = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.record(
    {
      kind: fc.constantFrom(...RELATION_KINDS),
      nuclearFamily: fc.constantFrom(undefined, true, false),
      principalInTargetGroup: fc.boolean(),
    },
    { requiredKeys: ['kind', 'principalInTargetGroup'] },
  ),
);

const caseArb = fc
  .tuple(
    datesArb,
    fc.record(
      {
        permit: permitArb,
        housing: fc.constantFrom<Housing | null | undefined>(undefined, null, ...HOUSING_KINDS),
        unaccompaniedMinor: fc.constantFrom(undefined, true, false),
        relation: relationArb,
      },
      { requiredKeys: [] },
    ),
  )
  .map(([{ onDate, birthDate }, rest]) => ({
    onDate,
    facts: { birthDate, ...rest } as PersonFacts,
  }));

type Fill = {
  permit: PersonFacts['permit'];
  section: (chapter: number) => number;
  housing: Housing | null;
  flag: boolean;
  inTargetGroup: boolean;
  nuclear: boolean;
};

const MISSING_FACT_NAMES = [
  'permit',
  'permit.section',
  'housing',
  'unaccompaniedMinor',
  'relation.principalInTargetGroup',
  'relation.nuclearFamily',
];

/** Gives each fact named in `missing` a value; every other fact is left exactly as it was. */
function complete(facts: PersonFacts, fill: Fill, missing: readonly string[]): PersonFacts {
  const named = new Set(missing);
  const completed: PersonFacts = { ...facts };
  if (named.has('permit')) completed.permit = fill.permit;
  if (named.has('permit.section') && facts.permit) {
    completed.permit = { ...facts.permit, section: fill.section(facts.permit.chapter) };
  }
  if (named.has('housing')) completed.housing = fill.housing;
  if (named.has('unaccompaniedMinor')) completed.unaccompaniedMinor = fill.flag;
  if (facts.relation) {
    completed.relation = { ...facts.relation };
    if (named.has('relation.principalInTargetGroup'))
      completed.relation.principalInTargetGroup = fill.inTargetGroup;
    if (named.has('relation.nuclearFamily')) completed.relation.nuclearFamily = fill.nuclear;
  }
  return completed;
}

const FAVOURABLE: Fill = {
  permit: { chapter: 5, section: 1 },
  section: (chapter) => (chapter === 12 ? 18 : 1),
  housing: 'own',
  flag: false,
  inTargetGroup: true,
  nuclear: true,
};
const UNFAVOURABLE: Fill = {
  permit: null,
  section: () => 3,
  housing: 'other',
  flag: true,
  inTargetGroup: false,
  nuclear: false,
};

const fillArb: fc.Arbitrary<Fill> = fc.record({
  permit: fc.oneof(
    fc.constant(null),
    fc.record({ chapter: fc.constantFrom(5, 6, 12, 21), section: fc.integer({ min: 1, max: 20 }) }),
  ),
  section: fc.integer({ min: 1, max: 20 }).map((n) => () => n),
  housing: fc.constantFrom<Housing | null>(null, ...HOUSING_KINDS),
  flag: fc.boolean(),
  inTargetGroup: fc.boolean(),
  nuclear: fc.boolean(),
});

describe('properties of assessTargetGroup', () => {
  it('the same input always gives the same output, and the input is not changed', () => {
    fc.assert(
      fc.property(caseArb, ({ facts, onDate }) => {
        const before = structuredClone(facts);
        const first = assessTargetGroup(facts, onDate);
        expect(assessTargetGroup(structuredClone(facts), onDate)).toEqual(first);
        expect(assessTargetGroup(facts, onDate)).toEqual(first);
        expect(facts).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('no one under 18 or over 64 is ever a principal', () => {
    fc.assert(
      fc.property(caseArb, ({ facts, onDate }) => {
        if (assessTargetGroup(facts, onDate).category === 'principal') {
          const age = ageOn(facts.birthDate, onDate);
          expect(age).toBeGreaterThanOrEqual(18);
          expect(age).toBeLessThanOrEqual(64);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('an unaccompanied minor is never in the target group', () => {
    fc.assert(
      fc.property(caseArb, ({ facts, onDate }) => {
        const a = assessTargetGroup({ ...facts, unaccompaniedMinor: true }, onDate);
        expect(a.inTargetGroup).toBe(false);
        expect(a.category).toBe('excluded');
      }),
      { numRuns: 300 },
    );
  });

  it('the verdict, the category, the conditions and missingFacts always agree', () => {
    fc.assert(
      fc.property(caseArb, ({ facts, onDate }) => {
        const a = assessTargetGroup(facts, onDate);
        const results = a.conditions.map((c) => c.result);
        if (a.inTargetGroup === true) {
          expect([
            'principal',
            'accompanying-child',
            'family-reunification',
            'family-reunification-65-plus',
          ]).toContain(a.category);
          expect(results.every((r) => r === 'met')).toBe(true);
          expect(a.missingFacts).toEqual([]);
        } else if (a.inTargetGroup === false) {
          expect(a.category).toBe('excluded');
          expect(results).toContain('not-met');
        } else {
          expect(a.category).toBe('unknown');
          expect(results).not.toContain('not-met');
          expect(results).toContain('unknown');
          expect(a.missingFacts.length).toBeGreaterThan(0);
        }
        expect(a.missingFacts.length > 0).toBe(results.includes('unknown'));
        expect(a.pensionRelevant).toBe(ageOn(facts.birthDate, onDate) >= 65);
        expect(a.ruleSet).toBe('2016-07-28');
      }),
      { numRuns: 500 },
    );
  });

  it('a definite answer never changes whatever the missing facts turn out to be, and filling them settles it', () => {
    fc.assert(
      fc.property(caseArb, fillArb, ({ facts, onDate }, fill) => {
        const partial = assessTargetGroup(facts, onDate);
        for (const name of partial.missingFacts) expect(MISSING_FACT_NAMES).toContain(name);
        const completed = assessTargetGroup(complete(facts, fill, partial.missingFacts), onDate);
        expect(completed.missingFacts).toEqual([]);
        expect(completed.inTargetGroup).not.toBe('unknown');
        if (partial.inTargetGroup !== 'unknown') {
          expect(completed.inTargetGroup).toBe(partial.inTargetGroup);
          expect(completed.category).toBe(partial.category);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('"unknown" is honest: the missing facts can still make it either answer', () => {
    fc.assert(
      fc.property(caseArb, ({ facts, onDate }) => {
        const partial = assessTargetGroup(facts, onDate);
        fc.pre(partial.inTargetGroup === 'unknown');
        expect(
          assessTargetGroup(complete(facts, FAVOURABLE, partial.missingFacts), onDate)
            .inTargetGroup,
        ).toBe(true);
        expect(
          assessTargetGroup(complete(facts, UNFAVOURABLE, partial.missingFacts), onDate)
            .inTargetGroup,
        ).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('any valid date before 2016-07-28 has no rule set', () => {
    fc.assert(
      fc.property(dayBetween('1900-01-01', '2016-07-27'), (onDate) => {
        expectTargetGroupError(
          () => assessTargetGroup({ birthDate: '1900-01-01' }, onDate),
          'NO_RULE_SET',
        );
      }),
    );
  });

  it('any string is either a valid date or INVALID_DATE, never a crash', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .tuple(
              fc.integer({ min: 0, max: 9999 }),
              fc.integer({ min: 0, max: 13 }),
              fc.integer({ min: 0, max: 32 }),
            )
            .map(
              ([y, m, d]) =>
                `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
            ),
        ),
        (onDate) => {
          // Independent oracle: setUTCFullYear (unlike Date.UTC) keeps years 0–99 as they are.
          const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(onDate);
          let expected = 'INVALID_DATE';
          if (parts) {
            const [y, m, d] = parts.slice(1).map(Number) as [number, number, number];
            const date = new Date(0);
            date.setUTCFullYear(y, m - 1, d);
            const real = y >= 1 && date.toISOString().slice(0, 10) === onDate;
            if (real) expected = onDate < '2016-07-28' ? 'NO_RULE_SET' : 'ok';
          }
          let actual = 'ok';
          try {
            assessTargetGroup({ birthDate: '0001-01-01' }, onDate);
          } catch (error) {
            actual = (error as { code: string }).code;
          }
          expect(actual).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
