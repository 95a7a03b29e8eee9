import { describe, expect, it } from 'vitest';
import {
  assessTargetGroup,
  createAssessor,
  pickRuleSet,
  RULE_SET_2016_07_28,
  RULE_SETS,
  validateRuleSets,
  type PersonFacts,
} from '../src/index.js';
import {
  REAL_RULES_UNTIL_2030,
  SYNTHETIC_REGISTRY,
  SYNTHETIC_RULE_SET,
} from './fixtures/synthetic-rule-sets.js';
import { expectTargetGroupError } from './support.js';

// Born 1966-01-01: 64 throughout 2030, 65 throughout 2031.
const BORN_1966: PersonFacts = {
  birthDate: '1966-01-01',
  permit: { chapter: 5, section: 1 },
  housing: 'own',
};

describe('the real registry', () => {
  it('holds the 2016-07-28 rule set, open-ended', () => {
    expect(RULE_SETS.map((r) => r.id)).toEqual(['2016-07-28']);
    expect(RULE_SET_2016_07_28).toMatchObject({ validFrom: '2016-07-28', validTo: null });
  });

  it('is frozen, so no caller can change the rules for everyone', () => {
    expect(() => {
      (RULE_SET_2016_07_28.principalAge as { max: number }).max = 99;
    }).toThrow(TypeError);
    expect(Object.isFrozen(RULE_SETS)).toBe(true);
  });

  it('still answers long after 2018 (no later decision is registered)', () => {
    expect(assessTargetGroup(BORN_1966, '2031-06-01').ruleSet).toBe('2016-07-28');
  });
});

describe('a synthetic later rule set, injected through createAssessor', () => {
  const assess = createAssessor(SYNTHETIC_REGISTRY);

  it('a date in its range picks it, and its different rules apply', () => {
    // Aged 65 on both dates: excluded under 18–64, included under the synthetic 18–66.
    const a = assess(BORN_1966, '2031-12-31');
    expect(a).toMatchObject({
      ruleSet: 'synthetic-2031-01-01',
      inTargetGroup: true,
      category: 'principal',
    });
    expect(a.conditions.find((c) => c.code === 'AGE')).toMatchObject({
      result: 'met',
      legalRef: 'Synthetic test decision (2031-01-01)',
      params: { age: 65, min: 18, max: 66 },
    });
    expect(assess({ ...BORN_1966, housing: 'other' }, '2031-06-01').inTargetGroup).toBe(true);
  });

  it('the day before it starts, the real rules still apply', () => {
    const a = assess({ ...BORN_1966, birthDate: '1965-12-31' }, '2030-12-31');
    expect(a).toMatchObject({ ruleSet: '2016-07-28', inTargetGroup: false, category: 'excluded' });
    expect(assess({ ...BORN_1966, housing: 'other' }, '2030-12-31').inTargetGroup).toBe(false);
  });

  it('the same person on the same day differs between the registries', () => {
    const facts = { ...BORN_1966, birthDate: '1965-01-01' };
    expect(assess(facts, '2031-01-01').inTargetGroup).toBe(true);
    expect(assessTargetGroup(facts, '2031-01-01').inTargetGroup).toBe(false);
  });

  it('before every rule set is still NO_RULE_SET', () => {
    expectTargetGroupError(() => assess(BORN_1966, '2016-07-27'), 'NO_RULE_SET');
  });

  it('a gap between rule sets is NO_RULE_SET, not the nearest rule set', () => {
    const gapped = createAssessor([
      { ...RULE_SET_2016_07_28, validTo: '2020-12-31' },
      { ...SYNTHETIC_RULE_SET, validFrom: '2022-01-01' },
    ]);
    expect(gapped(BORN_1966, '2020-12-31').ruleSet).toBe('2016-07-28');
    expectTargetGroupError(() => gapped(BORN_1966, '2021-06-01'), 'NO_RULE_SET');
    expect(gapped(BORN_1966, '2022-01-01').ruleSet).toBe('synthetic-2031-01-01');
  });

  it('after a closed last rule set is NO_RULE_SET', () => {
    const closed = createAssessor([REAL_RULES_UNTIL_2030]);
    expectTargetGroupError(() => closed(BORN_1966, '2031-01-01'), 'NO_RULE_SET');
  });
});

describe('registry validation', () => {
  it.each([
    ['empty', []],
    ['overlapping', [RULE_SET_2016_07_28, SYNTHETIC_RULE_SET]],
    ['duplicate ids', [REAL_RULES_UNTIL_2030, { ...SYNTHETIC_RULE_SET, id: '2016-07-28' }]],
    ['validTo before validFrom', [{ ...RULE_SET_2016_07_28, validTo: '2016-01-01' }]],
    ['an impossible date', [{ ...RULE_SET_2016_07_28, validFrom: '2016-02-30' }]],
    ['an empty age band', [{ ...RULE_SET_2016_07_28, principalAge: { min: 65, max: 18 } }]],
  ])('refuses %s', (_, ruleSets) => {
    expectTargetGroupError(() => createAssessor(ruleSets), 'INVALID_RULE_SETS');
  });

  it('sorts by validFrom, whatever the order given', () => {
    expect(validateRuleSets(SYNTHETIC_REGISTRY).map((r) => r.id)).toEqual([
      '2016-07-28',
      'synthetic-2031-01-01',
    ]);
    expect(pickRuleSet(validateRuleSets(SYNTHETIC_REGISTRY), '2030-12-31').id).toBe('2016-07-28');
  });
});
