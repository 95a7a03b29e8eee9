import { describe, expect, it } from 'vitest';
import { assessTargetGroup, TargetGroupError, type PersonFacts } from '../src/index.js';
import { expectTargetGroupError } from './support.js';

const FACTS: PersonFacts = {
  birthDate: '1990-01-01',
  permit: { chapter: 5, section: 1 },
  housing: 'own',
};

describe('NO_RULE_SET', () => {
  it('2016-07-27, the day before the first rule set', () => {
    const error = expectTargetGroupError(
      () => assessTargetGroup(FACTS, '2016-07-27'),
      'NO_RULE_SET',
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TargetGroupError');
    expect(error.message).toContain('2016-07-28');
  });

  it('2016-07-28 is the first day in force', () => {
    expect(assessTargetGroup(FACTS, '2016-07-28').ruleSet).toBe('2016-07-28');
  });
});

describe('INVALID_DATE', () => {
  it.each([
    '2021-02-30',
    '2021-13-01',
    'yesterday',
    '2021-02-29',
    '2021-00-10',
    '2021-04-31',
    '2021-1-05',
    '20210105',
    '',
    ' 2021-01-05',
    '0000-01-01',
  ])('onDate %j', (onDate) => {
    expectTargetGroupError(() => assessTargetGroup(FACTS, onDate), 'INVALID_DATE');
  });

  it.each(['1990-02-30', '1990-13-01', 'nineteen ninety', '1900-02-29'])(
    'birthDate %j',
    (birthDate) => {
      const error = expectTargetGroupError(
        () => assessTargetGroup({ ...FACTS, birthDate }, '2020-01-01'),
        'INVALID_DATE',
      );
      expect(error.message).toContain('birthDate');
    },
  );

  it('a birth date after the date', () => {
    expectTargetGroupError(
      () => assessTargetGroup({ ...FACTS, birthDate: '2020-01-02' }, '2020-01-01'),
      'INVALID_DATE',
    );
  });

  it('a birth date on the date is a newborn, not an error', () => {
    expect(
      assessTargetGroup({ ...FACTS, birthDate: '2020-01-01' }, '2020-01-01').inTargetGroup,
    ).toBe(false);
  });

  it('permit.grantedOn', () => {
    const facts = { ...FACTS, permit: { chapter: 5, section: 1, grantedOn: '2019-02-29' } };
    const error = expectTargetGroupError(
      () => assessTargetGroup(facts, '2020-01-01'),
      'INVALID_DATE',
    );
    expect(error.message).toContain('permit.grantedOn');
  });

  it('leap days that exist are fine', () => {
    expect(assessTargetGroup({ ...FACTS, birthDate: '2000-02-29' }, '2020-02-29').ruleSet).toBe(
      '2016-07-28',
    );
  });

  it('an invalid date wins over a date before every rule set', () => {
    expectTargetGroupError(() => assessTargetGroup(FACTS, '2010-02-30'), 'INVALID_DATE');
  });

  it('a non-string date', () => {
    expectTargetGroupError(
      () => assessTargetGroup(FACTS, 20200101 as unknown as string),
      'INVALID_DATE',
    );
    expectTargetGroupError(
      () =>
        assessTargetGroup(
          { ...FACTS, birthDate: undefined } as unknown as PersonFacts,
          '2020-01-01',
        ),
      'INVALID_DATE',
    );
  });
});

describe('INVALID_FACTS: values outside their type are not guessed at', () => {
  it.each([
    ['housing', { ...FACTS, housing: 'tent' }],
    ['permit.chapter', { ...FACTS, permit: { chapter: 0 } }],
    ['permit.chapter', { ...FACTS, permit: { chapter: '5' } }],
    ['permit.section', { ...FACTS, permit: { chapter: 5, section: 1.5 } }],
    ['unaccompaniedMinor', { ...FACTS, unaccompaniedMinor: 'no' }],
    ['relation.kind', { ...FACTS, relation: { kind: 'cousin', principalInTargetGroup: true } }],
    [
      'relation.nuclearFamily',
      {
        ...FACTS,
        relation: {
          kind: 'family-reunification',
          nuclearFamily: null,
          principalInTargetGroup: true,
        },
      },
    ],
  ])('%s', (field, facts) => {
    const error = expectTargetGroupError(
      () => assessTargetGroup(facts as unknown as PersonFacts, '2020-01-01'),
      'INVALID_FACTS',
    );
    expect(error.message).toContain(field);
  });

  it('facts that are not an object', () => {
    expectTargetGroupError(
      () => assessTargetGroup(null as unknown as PersonFacts, '2020-01-01'),
      'INVALID_FACTS',
    );
  });

  it('errors are TargetGroupError instances', () => {
    expect(() => assessTargetGroup(FACTS, 'yesterday')).toThrow(TargetGroupError);
  });
});
