import { ageOn } from './age.js';
import {
  childAgeCondition,
  familyAgeCondition,
  housingCondition,
  notUnaccompaniedMinorCondition,
  nuclearFamilyCondition,
  permitCondition,
  principalAgeCondition,
  relationCondition,
  type ConditionCode,
  type ConditionResult,
  type EvaluatedCondition,
} from './conditions.js';
import { TargetGroupError } from './errors.js';
import { requireIsoDate } from './iso-date.js';
import { translate, type MessageKey, type MessageParams } from './messages.js';
import { HOUSING_KINDS, RELATION_KINDS, type PersonFacts } from './person-facts.js';
import { pickRuleSet, validateRuleSets, type RuleSet } from './rule-set.js';
import { RULE_SETS } from './rule-sets.js';

export type Category =
  | 'principal'
  | 'accompanying-child'
  | 'family-reunification'
  | 'family-reunification-65-plus'
  | 'excluded'
  | 'unknown';

export type Condition = {
  code: ConditionCode;
  result: ConditionResult;
  legalRef?: string;
  explanation: { sv: string; en: string };
  /** Catalogue key and parameters behind `explanation`, for the other languages. */
  messageKey: MessageKey;
  params: MessageParams;
};

export type Assessment = {
  inTargetGroup: true | false | 'unknown';
  category: Category;
  /** Id of the rule set in force on the date. */
  ruleSet: string;
  /** Every condition of the basis the person is assessed on, met or not, in a fixed order. */
  conditions: Condition[];
  /** Input paths that were not given and would be needed to settle an 'unknown' condition. */
  missingFacts: string[];
  /** Aged 65+ on the date: Pensionsmyndigheten's step applies, in the target group or not. */
  pensionRelevant: boolean;
};

export type Assessor = (facts: PersonFacts, onDate: string) => Assessment;

function invalidFacts(message: string): never {
  throw new TargetGroupError('INVALID_FACTS', message);
}

function isOptionalBoolean(value: unknown): boolean {
  return value === undefined || typeof value === 'boolean';
}

function isPositiveInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/**
 * The types say what the facts look like, but this runs in browsers and behind JSON: a value
 * outside its type must fail loudly, not be read as some "nearest" fact.
 */
function checkFacts(facts: PersonFacts): void {
  if (facts === null || typeof facts !== 'object') invalidFacts('facts must be an object');
  requireIsoDate(facts.birthDate, 'birthDate');
  const { permit, housing, unaccompaniedMinor, relation } = facts;
  if (permit !== undefined && permit !== null) {
    if (typeof permit !== 'object') invalidFacts('permit must be an object or null');
    if (!isPositiveInteger(permit.chapter))
      invalidFacts('permit.chapter must be a positive integer');
    if (permit.section !== undefined && !isPositiveInteger(permit.section)) {
      invalidFacts('permit.section must be a positive integer');
    }
    if (permit.grantedOn !== undefined) requireIsoDate(permit.grantedOn, 'permit.grantedOn');
  }
  if (housing !== undefined && housing !== null && !HOUSING_KINDS.includes(housing)) {
    invalidFacts(`housing must be one of ${HOUSING_KINDS.join(', ')} or null`);
  }
  if (!isOptionalBoolean(unaccompaniedMinor)) invalidFacts('unaccompaniedMinor must be a boolean');
  if (relation !== undefined && relation !== null) {
    if (typeof relation !== 'object') invalidFacts('relation must be an object or null');
    if (!RELATION_KINDS.includes(relation.kind)) {
      invalidFacts(`relation.kind must be one of ${RELATION_KINDS.join(', ')}`);
    }
    if (!isOptionalBoolean(relation.nuclearFamily))
      invalidFacts('relation.nuclearFamily must be a boolean');
    if (!isOptionalBoolean(relation.principalInTargetGroup)) {
      invalidFacts('relation.principalInTargetGroup must be a boolean');
    }
  }
}

type Basis = {
  category: Exclude<Category, 'excluded' | 'unknown'>;
  conditions: EvaluatedCondition[];
};

/**
 * A person is assessed on exactly one basis. Without a relation that is their own permit
 * (principal); with one, it is the relation they are recorded with. Relatives usually hold a
 * permit on family ties (5 kap. 3 §), which is not a qualifying ground, so their permit and
 * housing are not conditions for them; the seeds attach only the relation and age to them.
 */
function basisFor(facts: PersonFacts, age: number, onDate: string, ruleSet: RuleSet): Basis {
  const notUnaccompanied = notUnaccompaniedMinorCondition(facts.unaccompaniedMinor, age, ruleSet);
  const relation = facts.relation ?? null;
  if (relation === null) {
    return {
      category: 'principal',
      conditions: [
        permitCondition(facts.permit, onDate, ruleSet),
        principalAgeCondition(age, ruleSet),
        housingCondition(facts.housing, ruleSet),
        notUnaccompanied,
      ],
    };
  }
  if (relation.kind === 'accompanying-child') {
    return {
      category: 'accompanying-child',
      conditions: [
        childAgeCondition(age, ruleSet),
        relationCondition(relation, ruleSet),
        notUnaccompanied,
      ],
    };
  }
  if (age < ruleSet.nuclearFamilyFromAge) {
    return {
      category: 'family-reunification',
      conditions: [
        relationCondition(relation, ruleSet),
        familyAgeCondition(age, ruleSet),
        notUnaccompanied,
      ],
    };
  }
  return {
    category: 'family-reunification-65-plus',
    conditions: [
      relationCondition(relation, ruleSet),
      familyAgeCondition(age, ruleSet),
      nuclearFamilyCondition(relation.nuclearFamily, ruleSet),
      notUnaccompanied,
    ],
  };
}

/**
 * All conditions of a basis must hold, read in three-valued logic: one definite 'not-met' decides
 * 'excluded' even while other facts are missing, because no value of those facts could change
 * the answer; 'unknown' is only returned when the missing facts could still go either way.
 */
function conclude(conditions: readonly EvaluatedCondition[]): true | false | 'unknown' {
  if (conditions.some((c) => c.result === 'not-met')) return false;
  if (conditions.some((c) => c.result === 'unknown')) return 'unknown';
  return true;
}

function render(evaluated: EvaluatedCondition): Condition {
  const { code, result, legalRef, messageKey, params } = evaluated;
  const explanation = {
    sv: translate(messageKey, params, 'sv'),
    en: translate(messageKey, params, 'en'),
  };
  return legalRef === undefined
    ? { code, result, explanation, messageKey, params }
    : { code, result, legalRef, explanation, messageKey, params };
}

/**
 * An assessor bound to a registry of rule sets. The public `assessTargetGroup` uses the real
 * registry; tests and what-if tools can pass their own (e.g. a proposed rule change).
 */
export function createAssessor(ruleSets: readonly RuleSet[]): Assessor {
  const registry = validateRuleSets(ruleSets);
  return (facts, onDate) => {
    requireIsoDate(onDate, 'onDate');
    checkFacts(facts);
    const age = ageOn(facts.birthDate, onDate);
    const ruleSet = pickRuleSet(registry, onDate);
    const basis = basisFor(facts, age, onDate, ruleSet);
    const inTargetGroup = conclude(basis.conditions);
    const missingFacts = [...new Set(basis.conditions.flatMap((c) => c.missingFacts))];
    return {
      inTargetGroup,
      category:
        inTargetGroup === true ? basis.category : inTargetGroup === false ? 'excluded' : 'unknown',
      ruleSet: ruleSet.id,
      conditions: basis.conditions.map(render),
      missingFacts,
      pensionRelevant: age >= ruleSet.pensionFromAge,
    };
  };
}

const assessWithRegistry = createAssessor(RULE_SETS);

/** Is this person in the target group on `onDate` ('YYYY-MM-DD'), and why? */
export function assessTargetGroup(facts: PersonFacts, onDate: string): Assessment {
  return assessWithRegistry(facts, onDate);
}
