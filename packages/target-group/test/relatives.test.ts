import { describe, expect, it } from 'vitest';
import { assessTargetGroup, type Assessment, type PersonFacts } from '../src/index.js';

const ON = '2020-06-15';

function codes(a: Assessment) {
  return a.conditions.map((c) => `${c.code}:${c.result}`);
}

const child = (overrides: Partial<PersonFacts> = {}): PersonFacts => ({
  birthDate: '2010-03-01',
  unaccompaniedMinor: false,
  relation: { kind: 'accompanying-child', principalInTargetGroup: true },
  ...overrides,
});

const joined = (
  birthDate: string,
  relation: Partial<NonNullable<PersonFacts['relation']>> = {},
): PersonFacts => ({
  birthDate,
  relation: { kind: 'family-reunification', principalInTargetGroup: true, ...relation },
});

describe('accompanying child', () => {
  it('under 18, came with a principal in the target group, not unaccompanied: included', () => {
    const a = assessTargetGroup(child(), ON);
    expect(a).toMatchObject({
      inTargetGroup: true,
      category: 'accompanying-child',
      missingFacts: [],
    });
    expect(codes(a)).toEqual(['AGE:met', 'RELATION:met', 'NOT_UNACCOMPANIED_MINOR:met']);
  });

  it('permit and housing are not conditions for a child (they follow the relative)', () => {
    const a = assessTargetGroup(
      child({ permit: { chapter: 5, section: 3 }, housing: 'other' }),
      ON,
    );
    expect(a.inTargetGroup).toBe(true);
  });

  it.each([
    ['the day before the 18th birthday', '2002-06-16', true],
    ['the 18th birthday', '2002-06-15', false],
  ])('%s: included = %s', (_, birthDate, expected) => {
    const a = assessTargetGroup(child({ birthDate }), ON);
    expect(a.inTargetGroup).toBe(expected);
    expect(a.conditions[0]).toMatchObject({ code: 'AGE', result: expected ? 'met' : 'not-met' });
  });

  it('excluded when the relative is not in the target group', () => {
    const a = assessTargetGroup(
      child({ relation: { kind: 'accompanying-child', principalInTargetGroup: false } }),
      ON,
    );
    expect(a).toMatchObject({ inTargetGroup: false, category: 'excluded' });
    expect(codes(a)).toContain('RELATION:not-met');
  });

  it('an unaccompanied minor is excluded', () => {
    const a = assessTargetGroup(child({ unaccompaniedMinor: true }), ON);
    expect(a).toMatchObject({ inTargetGroup: false, category: 'excluded' });
    expect(codes(a)).toContain('NOT_UNACCOMPANIED_MINOR:not-met');
  });

  it('a child whose unaccompanied status is not recorded is unknown, not assumed', () => {
    const a = assessTargetGroup(child({ unaccompaniedMinor: undefined }), ON);
    expect(a).toMatchObject({
      inTargetGroup: 'unknown',
      category: 'unknown',
      missingFacts: ['unaccompaniedMinor'],
    });
  });

  it('a relation with principalInTargetGroup missing at runtime is unknown', () => {
    const relation = { kind: 'accompanying-child' } as NonNullable<PersonFacts['relation']>;
    const a = assessTargetGroup(child({ relation }), ON);
    expect(a).toMatchObject({
      inTargetGroup: 'unknown',
      missingFacts: ['relation.principalInTargetGroup'],
    });
  });
});

describe('family reunification', () => {
  it('an adult 18–64 who joined a relative in the target group is included', () => {
    const a = assessTargetGroup(joined('1990-01-01'), ON);
    expect(a).toMatchObject({
      inTargetGroup: true,
      category: 'family-reunification',
      missingFacts: [],
    });
    expect(codes(a)).toEqual(['RELATION:met', 'AGE:met', 'NOT_UNACCOMPANIED_MINOR:met']);
  });

  it('a child under 18 who joined a relative is included', () => {
    const a = assessTargetGroup({ ...joined('2012-01-01'), unaccompaniedMinor: false }, ON);
    expect(a).toMatchObject({ inTargetGroup: true, category: 'family-reunification' });
  });

  it('a child recorded as an unaccompanied minor is excluded', () => {
    const a = assessTargetGroup({ ...joined('2012-01-01'), unaccompaniedMinor: true }, ON);
    expect(a).toMatchObject({ inTargetGroup: false, category: 'excluded' });
  });

  it('excluded when the relative joined is not in the target group', () => {
    const a = assessTargetGroup(joined('1990-01-01', { principalInTargetGroup: false }), ON);
    expect(a).toMatchObject({ inTargetGroup: false, category: 'excluded' });
    expect(codes(a)).toContain('RELATION:not-met');
  });

  it('the day before the 65th birthday: nuclear family is not asked', () => {
    const a = assessTargetGroup(joined('1955-06-16'), ON);
    expect(a).toMatchObject({
      inTargetGroup: true,
      category: 'family-reunification',
      pensionRelevant: false,
    });
    expect(a.conditions.map((c) => c.code)).not.toContain('NUCLEAR_FAMILY');
  });

  it('on the 65th birthday, within the nuclear family: family-reunification-65-plus', () => {
    const a = assessTargetGroup(joined('1955-06-15', { nuclearFamily: true }), ON);
    expect(a).toMatchObject({
      inTargetGroup: true,
      category: 'family-reunification-65-plus',
      pensionRelevant: true,
      missingFacts: [],
    });
    expect(codes(a)).toEqual([
      'RELATION:met',
      'AGE:met',
      'NUCLEAR_FAMILY:met',
      'NOT_UNACCOMPANIED_MINOR:met',
    ]);
  });

  it('65+ outside the nuclear family is excluded', () => {
    const a = assessTargetGroup(joined('1950-01-01', { nuclearFamily: false }), ON);
    expect(a).toMatchObject({ inTargetGroup: false, category: 'excluded', pensionRelevant: true });
    expect(codes(a)).toContain('NUCLEAR_FAMILY:not-met');
  });

  it('65+ with nuclear family not recorded is unknown and names relation.nuclearFamily', () => {
    const a = assessTargetGroup(joined('1950-01-01'), ON);
    expect(a).toMatchObject({
      inTargetGroup: 'unknown',
      category: 'unknown',
      missingFacts: ['relation.nuclearFamily'],
    });
  });

  it('65+ joining someone outside the target group is excluded even with nuclear family unknown', () => {
    const a = assessTargetGroup(joined('1950-01-01', { principalInTargetGroup: false }), ON);
    expect(a).toMatchObject({
      inTargetGroup: false,
      category: 'excluded',
      missingFacts: ['relation.nuclearFamily'],
    });
  });

  it('nuclearFamily is irrelevant under 65', () => {
    expect(
      assessTargetGroup(joined('1990-01-01', { nuclearFamily: false }), ON).inTargetGroup,
    ).toBe(true);
  });
});

describe('relation: null and left out both mean "assessed on own permit"', () => {
  it.each([null, undefined])('relation %s gives the principal conditions', (relation) => {
    const a = assessTargetGroup(
      { birthDate: '1990-01-01', permit: { chapter: 21 }, housing: 'own', relation },
      ON,
    );
    expect(a.category).toBe('principal');
  });
});
