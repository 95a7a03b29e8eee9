import type { StepCondition } from '@motesplats/location-config';
import { ageOn } from '@motesplats/target-group';
import type { HouseholdFacts } from './household.js';

/** Pensionsmyndigheten's age; the same limit as the target group's 65-plus relatives. */
export const PENSION_AGE = 65;
/** A child, for 'has-children': under 18 on the visit day. */
export const ADULT_AGE = 18;

/**
 * Whether a configured step condition holds for a household on its visit day. Ages come from
 * target-group's `ageOn`, so a 29 February birthday is handled the same way everywhere.
 * `household` must already be valid (HouseholdFactsSchema): ageOn throws on bad dates.
 */
export function conditionHolds(condition: StepCondition, household: HouseholdFacts): boolean {
  const ages = () => household.members.map((m) => ageOn(m.birthDate, household.onDate));
  switch (condition) {
    case 'anyone-65-plus':
      return ages().some((age) => age >= PENSION_AGE);
    case 'has-children':
      return ages().some((age) => age < ADULT_AGE);
    case 'needs-financial-assistance':
      return household.needsFinancialAssistance === true;
    default: {
      // A new condition in location-config fails to compile here until it is evaluated.
      const unhandled: never = condition;
      throw new Error(`Unhandled step condition: ${String(unhandled)}`);
    }
  }
}
