import type { MessageKey, MessageParams } from './messages.js';
import type { Housing, Permit, Relation, RelationKind } from './person-facts.js';
import type { RuleSet } from './rule-set.js';

export type ConditionCode =
  'PERMIT_BASIS' | 'AGE' | 'HOUSING' | 'NOT_UNACCOMPANIED_MINOR' | 'RELATION' | 'NUCLEAR_FAMILY';

export type ConditionResult = 'met' | 'not-met' | 'unknown';

/** A condition before its texts are rendered: what was decided, why (key + params), on what law. */
export type EvaluatedCondition = {
  code: ConditionCode;
  result: ConditionResult;
  legalRef?: string;
  messageKey: MessageKey;
  params: MessageParams;
  /** Input paths whose absence made this condition 'unknown'; empty unless result is 'unknown'. */
  missingFacts: string[];
};

function condition(
  code: ConditionCode,
  result: ConditionResult,
  messageKey: MessageKey,
  params: MessageParams,
  legalRef: string | undefined,
  missingFacts: string[] = [],
): EvaluatedCondition {
  return legalRef === undefined
    ? { code, result, messageKey, params, missingFacts }
    : { code, result, legalRef, messageKey, params, missingFacts };
}

/** 'utlänningslagen (2005:716) 5 kap. 1 §', or the chapter alone when no section is known. */
export function citePermit(ruleSet: RuleSet, chapter: number, section?: number): string {
  return section === undefined
    ? `${ruleSet.permitLaw} ${chapter} kap.`
    : `${ruleSet.permitLaw} ${chapter} kap. ${section} §`;
}

/**
 * All qualifying provisions in one citation. Semicolons rather than "eller"/"or", so the same
 * string reads correctly inside every language's text.
 */
export function citeQualifyingPermits(ruleSet: RuleSet): string {
  const parts = ruleSet.permitBases.map(({ chapter, sections }) => {
    if (sections === 'any') return `${chapter} kap.`;
    return `${chapter} kap. ${sections.join(', ')} ${sections.length > 1 ? '§§' : '§'}`;
  });
  return `${ruleSet.permitLaw} ${parts.join('; ')}`;
}

export function permitCondition(
  permit: Permit | null | undefined,
  onDate: string,
  ruleSet: RuleSet,
): EvaluatedCondition {
  const accepted = citeQualifyingPermits(ruleSet);
  if (permit === undefined) {
    return condition('PERMIT_BASIS', 'unknown', 'permit.missing', { accepted }, accepted, [
      'permit',
    ]);
  }
  if (permit === null) {
    return condition('PERMIT_BASIS', 'not-met', 'permit.none', { accepted }, accepted);
  }
  const { chapter, section, grantedOn } = permit;
  const cited = citePermit(ruleSet, chapter, section);
  // A permit decided after the date did not exist on it, whatever its ground.
  if (grantedOn !== undefined && grantedOn > onDate) {
    return condition(
      'PERMIT_BASIS',
      'not-met',
      'permit.notYetGranted',
      { grantedOn, onDate },
      cited,
    );
  }
  const basis = ruleSet.permitBases.find((b) => b.chapter === chapter);
  if (!basis) {
    return condition(
      'PERMIT_BASIS',
      'not-met',
      'permit.notListed',
      { permit: cited, accepted },
      cited,
    );
  }
  if (basis.sections === 'any') {
    return condition('PERMIT_BASIS', 'met', 'permit.met', { permit: cited }, cited);
  }
  if (section === undefined) {
    // 5 kap. alone is not enough: 5 kap. 1 § qualifies, 5 kap. 3 § (family ties) does not.
    return condition(
      'PERMIT_BASIS',
      'unknown',
      'permit.sectionMissing',
      { chapter, law: ruleSet.permitLaw },
      cited,
      ['permit.section'],
    );
  }
  return basis.sections.includes(section)
    ? condition('PERMIT_BASIS', 'met', 'permit.met', { permit: cited }, cited)
    : condition('PERMIT_BASIS', 'not-met', 'permit.notListed', { permit: cited, accepted }, cited);
}

export function principalAgeCondition(age: number, ruleSet: RuleSet): EvaluatedCondition {
  const { min, max } = ruleSet.principalAge;
  const params = { age, min, max, nuclearFrom: ruleSet.nuclearFamilyFromAge };
  if (age < min)
    return condition('AGE', 'not-met', 'age.principal.tooYoung', params, ruleSet.source);
  if (age > max) return condition('AGE', 'not-met', 'age.principal.tooOld', params, ruleSet.source);
  return condition('AGE', 'met', 'age.principal.met', params, ruleSet.source);
}

export function housingCondition(
  housing: Housing | null | undefined,
  ruleSet: RuleSet,
): EvaluatedCondition {
  if (housing === undefined) {
    return condition('HOUSING', 'unknown', 'housing.missing', {}, ruleSet.source, ['housing']);
  }
  if (housing === null) return condition('HOUSING', 'not-met', 'housing.none', {}, ruleSet.source);
  const key: MessageKey =
    housing === 'municipality-placed'
      ? 'housing.municipalityPlaced'
      : housing === 'own'
        ? 'housing.own'
        : housing === 'migration-facility'
          ? 'housing.migrationFacility'
          : 'housing.other';
  const result = ruleSet.qualifyingHousing.includes(housing) ? 'met' : 'not-met';
  return condition('HOUSING', result, key, {}, ruleSet.source);
}

/**
 * The flag is taken at its word: if someone is recorded as an unaccompanied minor they are
 * excluded, whatever else is known ("unaccompanied minors are always excluded"). When the flag
 * is missing, an adult cannot be a minor, so only a child's flag is asked for.
 */
export function notUnaccompaniedMinorCondition(
  unaccompaniedMinor: boolean | undefined,
  age: number,
  ruleSet: RuleSet,
): EvaluatedCondition {
  const code = 'NOT_UNACCOMPANIED_MINOR';
  if (unaccompaniedMinor === true) {
    return condition(code, 'not-met', 'unaccompanied.flagged', {}, ruleSet.source);
  }
  if (unaccompaniedMinor === false)
    return condition(code, 'met', 'unaccompanied.no', {}, ruleSet.source);
  if (age >= ruleSet.childUnderAge) {
    return condition(code, 'met', 'unaccompanied.adult', { age }, ruleSet.source);
  }
  return condition(code, 'unknown', 'unaccompanied.missing', {}, ruleSet.source, [
    'unaccompaniedMinor',
  ]);
}

export function childAgeCondition(age: number, ruleSet: RuleSet): EvaluatedCondition {
  const params = { age, limit: ruleSet.childUnderAge };
  return age < ruleSet.childUnderAge
    ? condition('AGE', 'met', 'age.child.met', params, ruleSet.source)
    : condition('AGE', 'not-met', 'age.child.notMet', params, ruleSet.source);
}

/**
 * A relative who joined later is included at any age: under 18 as a child, 18–64 as an adult,
 * and from 65 within the nuclear family. So age never excludes here; for 65+ it only adds the
 * nuclear-family condition.
 */
export function familyAgeCondition(age: number, ruleSet: RuleSet): EvaluatedCondition {
  const params = { age, nuclearFrom: ruleSet.nuclearFamilyFromAge };
  return age < ruleSet.nuclearFamilyFromAge
    ? condition('AGE', 'met', 'age.family.met', params, ruleSet.source)
    : condition('AGE', 'met', 'age.family.senior', params, ruleSet.source);
}

export function relationCondition(relation: Relation, ruleSet: RuleSet): EvaluatedCondition {
  const prefix = relationMessagePrefix(relation.kind);
  const inTargetGroup: unknown = relation.principalInTargetGroup;
  if (inTargetGroup === undefined) {
    return condition('RELATION', 'unknown', `${prefix}.missing`, {}, ruleSet.source, [
      'relation.principalInTargetGroup',
    ]);
  }
  return inTargetGroup === true
    ? condition('RELATION', 'met', `${prefix}.met`, {}, ruleSet.source)
    : condition('RELATION', 'not-met', `${prefix}.notMet`, {}, ruleSet.source);
}

function relationMessagePrefix(kind: RelationKind): 'relation.child' | 'relation.family' {
  return kind === 'accompanying-child' ? 'relation.child' : 'relation.family';
}

export function nuclearFamilyCondition(
  nuclearFamily: boolean | undefined,
  ruleSet: RuleSet,
): EvaluatedCondition {
  const params = { nuclearFrom: ruleSet.nuclearFamilyFromAge };
  if (nuclearFamily === undefined) {
    return condition('NUCLEAR_FAMILY', 'unknown', 'nuclearFamily.missing', params, ruleSet.source, [
      'relation.nuclearFamily',
    ]);
  }
  return nuclearFamily
    ? condition('NUCLEAR_FAMILY', 'met', 'nuclearFamily.met', params, ruleSet.source)
    : condition('NUCLEAR_FAMILY', 'not-met', 'nuclearFamily.notMet', params, ruleSet.source);
}
