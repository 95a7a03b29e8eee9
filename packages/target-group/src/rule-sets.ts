import type { RuleSet } from './rule-set.js';
import { validateRuleSets } from './rule-set.js';

/**
 * The rules of the government assignment of 2016-07-28, as the national interim report (2018)
 * and the Gävle final report state them: a permit under 5 kap. 1, 2, 4 or 6 §§, 12 kap. 18 §,
 * 21 kap. or 22 kap. utlänningslagen (2005:716); aged 18–64 (the establishment assignment);
 * municipality-placed, own housing or still in a Migrationsverket facility; also accompanying
 * children and later family reunification, including nuclear-family relatives aged 65+.
 *
 * validTo is open: the reports say the assignment was extended to 2018-12-31, but the platform is
 * used after that and no later decision is on file. Answering NO_RULE_SET for every date since
 * 2019 would be less useful than this rule set; when a new decision is known, close this one the
 * day before it and register the new one.
 */
export const RULE_SET_2016_07_28: RuleSet = {
  id: '2016-07-28',
  validFrom: '2016-07-28',
  validTo: null,
  source: 'Regeringsuppdrag Mötesplats och information (2016-07-28)',
  permitLaw: 'utlänningslagen (2005:716)',
  permitBases: [
    { chapter: 5, sections: [1, 2, 4, 6] },
    { chapter: 12, sections: [18] },
    { chapter: 21, sections: 'any' },
    { chapter: 22, sections: 'any' },
  ],
  principalAge: { min: 18, max: 64 },
  childUnderAge: 18,
  nuclearFamilyFromAge: 65,
  pensionFromAge: 65,
  qualifyingHousing: ['municipality-placed', 'own', 'migration-facility'],
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Frozen, because every caller in the process shares it and a stray write would change answers. */
export const RULE_SETS: readonly RuleSet[] = deepFreeze(validateRuleSets([RULE_SET_2016_07_28]));
