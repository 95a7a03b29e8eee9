import { TargetGroupError } from './errors.js';
import { parseIsoDate } from './iso-date.js';
import type { Housing } from './person-facts.js';

/** One provision of utlänningslagen that qualifies; `'any'` means every section of the chapter. */
export type PermitBasis = { chapter: number; sections: readonly number[] | 'any' };

/**
 * The target-group rules in force for a period, as data. The structure of the rules (which
 * categories exist, which conditions each has) is code in `conditions.ts`; what a government
 * decision is likely to change (provisions, age limits, housing forms, dates) lives here, so a
 * new decision is a new entry in the registry and old dates keep their old answer.
 */
export type RuleSet = {
  /** Stable id, reported in every assessment, e.g. '2016-07-28'. */
  id: string;
  /** First day in force, 'YYYY-MM-DD', inclusive. */
  validFrom: string;
  /** Last day in force, inclusive; null while no later decision is known. */
  validTo: string | null;
  /** The decision the age, housing and family conditions come from; used as their legalRef. */
  source: string;
  /** The act the permit provisions are cited from. */
  permitLaw: string;
  permitBases: readonly PermitBasis[];
  /** Age band (inclusive) for a principal: the establishment assignment's 18–64. */
  principalAge: { min: number; max: number };
  /** A child is anyone younger than this. */
  childUnderAge: number;
  /** From this age a family-reunification relative is included only within the nuclear family. */
  nuclearFamilyFromAge: number;
  /** From this age Pensionsmyndigheten's step (old-age pension, äldreförsörjningsstöd) applies. */
  pensionFromAge: number;
  /** Housing forms that qualify a principal. */
  qualifyingHousing: readonly Housing[];
};

function invalid(message: string): never {
  throw new TargetGroupError('INVALID_RULE_SETS', message);
}

/**
 * Checks a registry once, up front, and returns it sorted by validFrom. Overlaps are refused
 * rather than resolved by order: two rule sets claiming one day is a data error, and picking
 * either would silently change someone's answer.
 */
export function validateRuleSets(ruleSets: readonly RuleSet[]): readonly RuleSet[] {
  if (ruleSets.length === 0) invalid('at least one rule set is required');
  const ids = new Set<string>();
  for (const ruleSet of ruleSets) {
    if (ids.has(ruleSet.id)) invalid(`duplicate rule set id ${ruleSet.id}`);
    ids.add(ruleSet.id);
    if (!parseIsoDate(ruleSet.validFrom)) invalid(`${ruleSet.id}: validFrom is not a date`);
    if (ruleSet.validTo !== null) {
      if (!parseIsoDate(ruleSet.validTo)) invalid(`${ruleSet.id}: validTo is not a date`);
      if (ruleSet.validTo < ruleSet.validFrom)
        invalid(`${ruleSet.id}: validTo is before validFrom`);
    }
    if (ruleSet.principalAge.min > ruleSet.principalAge.max)
      invalid(`${ruleSet.id}: empty age band`);
  }
  const sorted = [...ruleSets].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (previous.validTo === null || previous.validTo >= current.validFrom) {
      invalid(`${previous.id} overlaps ${current.id}`);
    }
  }
  return sorted;
}

/** The rule set in force on a validated 'YYYY-MM-DD' date; throws NO_RULE_SET outside them all. */
export function pickRuleSet(ruleSets: readonly RuleSet[], onDate: string): RuleSet {
  const found = ruleSets.find(
    (r) => r.validFrom <= onDate && (r.validTo === null || onDate <= r.validTo),
  );
  if (!found) {
    const first = ruleSets[0]?.validFrom ?? 'none';
    throw new TargetGroupError(
      'NO_RULE_SET',
      `no target-group rule set is in force on ${onDate} (the first starts ${first})`,
    );
  }
  return found;
}
