import { describe, expect, it } from 'vitest';
import { assessTargetGroup, type Assessment, type PersonFacts } from '../src/index.js';

// On 2020-06-15 someone born 1990-01-01 is 30.
const ON = '2020-06-15';
const ADULT = '1990-01-01';
const LAW = 'utlänningslagen (2005:716)';
const SOURCE = 'Regeringsuppdrag Mötesplats och information (2016-07-28)';

const principal = (overrides: Partial<PersonFacts> = {}): PersonFacts => ({
  birthDate: ADULT,
  permit: { chapter: 5, section: 1 },
  housing: 'own',
  ...overrides,
});

function condition(assessment: Assessment, code: string) {
  const found = assessment.conditions.find((c) => c.code === code);
  if (!found) throw new Error(`no ${code} condition in ${JSON.stringify(assessment.conditions)}`);
  return found;
}

describe('principal: permit basis', () => {
  it.each([
    [{ chapter: 5, section: 1 }, `${LAW} 5 kap. 1 §`],
    [{ chapter: 5, section: 2 }, `${LAW} 5 kap. 2 §`],
    [{ chapter: 5, section: 4 }, `${LAW} 5 kap. 4 §`],
    [{ chapter: 5, section: 6 }, `${LAW} 5 kap. 6 §`],
    [{ chapter: 12, section: 18 }, `${LAW} 12 kap. 18 §`],
    [{ chapter: 21 }, `${LAW} 21 kap.`],
    [{ chapter: 21, section: 3 }, `${LAW} 21 kap. 3 §`],
    [{ chapter: 22 }, `${LAW} 22 kap.`],
    [{ chapter: 22, section: 13 }, `${LAW} 22 kap. 13 §`],
  ])('%j qualifies and is cited as %s', (permit, legalRef) => {
    const a = assessTargetGroup(principal({ permit }), ON);
    expect(a).toMatchObject({
      inTargetGroup: true,
      category: 'principal',
      ruleSet: '2016-07-28',
      missingFacts: [],
    });
    expect(condition(a, 'PERMIT_BASIS')).toMatchObject({ result: 'met', legalRef });
  });

  it.each([
    ['family ties', { chapter: 5, section: 3 }, `${LAW} 5 kap. 3 §`],
    ['studies', { chapter: 5, section: 5 }, `${LAW} 5 kap. 5 §`],
    ['work', { chapter: 6, section: 2 }, `${LAW} 6 kap. 2 §`],
    ['work, chapter only', { chapter: 6 }, `${LAW} 6 kap.`],
    ['12 kap. other than 18 §', { chapter: 12, section: 1 }, `${LAW} 12 kap. 1 §`],
  ])('a permit for %s is excluded and cites the presented provision', (_, permit, legalRef) => {
    const a = assessTargetGroup(principal({ permit }), ON);
    expect(a).toMatchObject({ inTargetGroup: false, category: 'excluded', missingFacts: [] });
    const c = condition(a, 'PERMIT_BASIS');
    expect(c).toMatchObject({ result: 'not-met', legalRef, messageKey: 'permit.notListed' });
    expect(c.explanation.sv).toContain(legalRef);
    expect(c.explanation.en).toContain(legalRef);
  });

  it('5 kap. without a section is unknown: the section decides', () => {
    const a = assessTargetGroup(principal({ permit: { chapter: 5 } }), ON);
    expect(a).toMatchObject({
      inTargetGroup: 'unknown',
      category: 'unknown',
      missingFacts: ['permit.section'],
    });
    expect(condition(a, 'PERMIT_BASIS')).toMatchObject({
      result: 'unknown',
      legalRef: `${LAW} 5 kap.`,
    });
  });

  it('a missing permit (left out) is unknown and named', () => {
    const { permit: _omitted, ...facts } = principal();
    const a = assessTargetGroup(facts, ON);
    expect(a).toMatchObject({
      inTargetGroup: 'unknown',
      category: 'unknown',
      missingFacts: ['permit'],
    });
    const c = condition(a, 'PERMIT_BASIS');
    expect(c.result).toBe('unknown');
    expect(c.legalRef).toBe(`${LAW} 5 kap. 1, 2, 4, 6 §§; 12 kap. 18 §; 21 kap.; 22 kap.`);
  });

  it('permit: undefined is the same as leaving it out', () => {
    expect(assessTargetGroup(principal({ permit: undefined }), ON).missingFacts).toEqual([
      'permit',
    ]);
  });

  it('permit: null means "known to have none" and excludes', () => {
    const a = assessTargetGroup(principal({ permit: null }), ON);
    expect(a).toMatchObject({ inTargetGroup: false, category: 'excluded', missingFacts: [] });
    expect(condition(a, 'PERMIT_BASIS')).toMatchObject({
      result: 'not-met',
      messageKey: 'permit.none',
    });
  });

  it('a permit granted after the date did not exist on it', () => {
    const later = assessTargetGroup(
      principal({ permit: { chapter: 5, section: 1, grantedOn: '2020-06-16' } }),
      ON,
    );
    expect(later.inTargetGroup).toBe(false);
    expect(condition(later, 'PERMIT_BASIS')).toMatchObject({
      result: 'not-met',
      messageKey: 'permit.notYetGranted',
    });
    const sameDay = assessTargetGroup(
      principal({ permit: { chapter: 5, section: 1, grantedOn: ON } }),
      ON,
    );
    expect(sameDay.inTargetGroup).toBe(true);
  });
});

describe('principal: age 18–64, birthdays count on their day', () => {
  it.each([
    ['the day before the 18th birthday', '2002-06-16', 17, false],
    ['the 18th birthday', '2002-06-15', 18, true],
    ['the day before the 65th birthday', '1955-06-16', 64, true],
    ['the 65th birthday (a principal aged 65)', '1955-06-15', 65, false],
  ])('%s (born %s, age %i): in target group = %s', (_, birthDate, age, expected) => {
    const a = assessTargetGroup(principal({ birthDate }), ON);
    expect(a.inTargetGroup).toBe(expected);
    expect(a.category).toBe(expected ? 'principal' : 'excluded');
    const c = condition(a, 'AGE');
    expect(c).toMatchObject({ result: expected ? 'met' : 'not-met', legalRef: SOURCE });
    expect(c.params).toMatchObject({ age });
    expect(c.explanation.sv).toContain(`Du är ${age} år`);
  });

  it('points a child to the relative bases and a 65-year-old to the nuclear-family basis', () => {
    expect(
      condition(assessTargetGroup(principal({ birthDate: '2010-01-01' }), ON), 'AGE').messageKey,
    ).toBe('age.principal.tooYoung');
    expect(
      condition(assessTargetGroup(principal({ birthDate: '1950-01-01' }), ON), 'AGE').messageKey,
    ).toBe('age.principal.tooOld');
  });
});

describe('principal: housing', () => {
  it.each(['municipality-placed', 'own', 'migration-facility'] as const)(
    '%s qualifies',
    (housing) => {
      const a = assessTargetGroup(principal({ housing }), ON);
      expect(a.inTargetGroup).toBe(true);
      expect(condition(a, 'HOUSING')).toMatchObject({ result: 'met', legalRef: SOURCE });
    },
  );

  it('other housing is excluded', () => {
    const a = assessTargetGroup(principal({ housing: 'other' }), ON);
    expect(a).toMatchObject({ inTargetGroup: false, category: 'excluded' });
    expect(condition(a, 'HOUSING').result).toBe('not-met');
  });

  it('housing: null (known to have none) is excluded', () => {
    const a = assessTargetGroup(principal({ housing: null }), ON);
    expect(a).toMatchObject({ inTargetGroup: false, category: 'excluded', missingFacts: [] });
    expect(condition(a, 'HOUSING')).toMatchObject({
      result: 'not-met',
      messageKey: 'housing.none',
    });
  });

  it('missing housing is unknown and named', () => {
    const { housing: _omitted, ...facts } = principal();
    const a = assessTargetGroup(facts, ON);
    expect(a).toMatchObject({
      inTargetGroup: 'unknown',
      category: 'unknown',
      missingFacts: ['housing'],
    });
    expect(condition(a, 'HOUSING').result).toBe('unknown');
  });
});

describe('principal: unaccompanied minors and the adult default', () => {
  it('an adult needs no unaccompanied-minor flag', () => {
    const a = assessTargetGroup(principal(), ON);
    expect(condition(a, 'NOT_UNACCOMPANIED_MINOR')).toMatchObject({
      result: 'met',
      messageKey: 'unaccompanied.adult',
    });
  });

  it('anyone recorded as an unaccompanied minor is excluded', () => {
    const a = assessTargetGroup(principal({ unaccompaniedMinor: true }), ON);
    expect(a.inTargetGroup).toBe(false);
    expect(condition(a, 'NOT_UNACCOMPANIED_MINOR').result).toBe('not-met');
  });
});

describe('excluded beats unknown; every unmet condition is listed', () => {
  it('a work permit with housing missing is excluded, and housing is still named', () => {
    const a = assessTargetGroup({ birthDate: ADULT, permit: { chapter: 6, section: 2 } }, ON);
    expect(a).toMatchObject({
      inTargetGroup: false,
      category: 'excluded',
      missingFacts: ['housing'],
    });
    expect(condition(a, 'HOUSING').result).toBe('unknown');
  });

  it('a 17-year-old with permit and housing missing is excluded by age', () => {
    const a = assessTargetGroup({ birthDate: '2003-01-01' }, ON);
    expect(a).toMatchObject({ inTargetGroup: false, category: 'excluded' });
    expect(a.missingFacts).toEqual(['permit', 'housing', 'unaccompaniedMinor']);
  });

  it('permit and housing both missing: unknown, both named in condition order', () => {
    const a = assessTargetGroup({ birthDate: ADULT }, ON);
    expect(a).toMatchObject({
      inTargetGroup: 'unknown',
      category: 'unknown',
      missingFacts: ['permit', 'housing'],
    });
  });

  it('work permit, aged 65, other housing: three unmet conditions, each with its reason and reference', () => {
    const a = assessTargetGroup(
      {
        birthDate: '1955-06-15',
        permit: { chapter: 6, section: 2 },
        housing: 'other',
        relation: null,
      },
      ON,
    );
    expect(a.category).toBe('excluded');
    const unmet = a.conditions.filter((c) => c.result === 'not-met');
    expect(unmet.map((c) => c.code)).toEqual(['PERMIT_BASIS', 'AGE', 'HOUSING']);
    for (const c of unmet) {
      expect(c.legalRef).toBeTruthy();
      expect(c.explanation.sv.length).toBeGreaterThan(10);
      expect(c.explanation.en.length).toBeGreaterThan(10);
    }
    expect(condition(a, 'PERMIT_BASIS').legalRef).toBe(`${LAW} 6 kap. 2 §`);
    expect(a.pensionRelevant).toBe(true);
  });

  it('lists the principal conditions in a fixed order', () => {
    expect(assessTargetGroup(principal(), ON).conditions.map((c) => c.code)).toEqual([
      'PERMIT_BASIS',
      'AGE',
      'HOUSING',
      'NOT_UNACCOMPANIED_MINOR',
    ]);
  });
});

describe('pensionRelevant: aged 65+ on the date, whatever the category', () => {
  it.each([
    ['1955-06-16', false],
    ['1955-06-15', true],
    ['1940-01-01', true],
  ])('born %s: %s', (birthDate, expected) => {
    expect(assessTargetGroup(principal({ birthDate }), ON).pensionRelevant).toBe(expected);
  });
});
