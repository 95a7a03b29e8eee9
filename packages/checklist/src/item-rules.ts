import {
  ADULT_AGE,
  PENSION_AGE,
  PRESCHOOL_AGE,
  SCHOOL_AGE,
  SFI_MIN_AGE,
  WORKING_AGE,
  inBand,
} from './ages.js';
import type { ItemCode } from './item-codes.js';

/** A member as the rules see it: the age on the visit day is computed once. */
export type MemberContext = {
  id: string;
  age: number;
  hasPersonalIdentityNumber: boolean;
  needsDentalCare: boolean;
};

/** The household as the rules see it. */
export type HouseholdContext = {
  track: 1 | 2 | 3;
  members: MemberContext[];
  hasChildren: boolean;
  needsFinancialAssistance: boolean;
  /**
   * The home municipality does not staff the office: it registers for SFI, preschool and school
   * and handles financial assistance itself, so the municipality's items become one contact item.
   */
  homeMunicipalityElsewhere: boolean;
};

type Rule =
  | { scope: 'household'; applies: (h: HouseholdContext) => boolean }
  | { scope: 'member'; applies: (m: MemberContext, h: HouseholdContext) => boolean };

const member = (applies: (m: MemberContext, h: HouseholdContext) => boolean): Rule => ({
  scope: 'member',
  applies,
});
const household = (applies: (h: HouseholdContext) => boolean): Rule => ({
  scope: 'household',
  applies,
});

/**
 * When each item applies, one rule per code. Whether the actor is in the visit's chain at all is
 * decided by buildChecklist; these rules only read the household's facts.
 */
export const ITEM_RULES: Readonly<Record<ItemCode, Rule>> = Object.freeze({
  // Spår 1 only: on spår 2 and 3 the decision has been notified before the visit. Every member
  // has a decision of their own (a child's is notified to the guardian), so one item each.
  'decision-notification': member((_m, h) => h.track === 1),

  // The notification of moving to Sweden gives a personnummer; the ID-card information waits
  // for it (ITEM_CATALOGUE's `requires`), so both are for members who have no number yet.
  'move-notification': member((m) => !m.hasPersonalIdentityNumber),
  'id-card-info': member((m) => !m.hasPersonalIdentityNumber),

  // The establishment assignment: 18–64.
  'jobseeker-registration': member((m) => inBand(m.age, WORKING_AGE)),
  'establishment-meeting': member((m) => inBand(m.age, WORKING_AGE)),
  'grades-assessment': member((m) => inBand(m.age, WORKING_AGE)),
  'establishment-benefit': member((m) => inBand(m.age, WORKING_AGE)),

  // Families with children must register (child allowance and the rest are paid per person,
  // so every member registers); otherwise only those who need dental care.
  'insurance-registration': member((m, h) => h.hasChildren || m.needsDentalCare),
  'benefits-info': household(() => true),

  'pension-application': member((m) => m.age >= PENSION_AGE),

  'sfi-registration': member((m, h) => !h.homeMunicipalityElsewhere && m.age >= SFI_MIN_AGE),
  'preschool-registration': member(
    (m, h) => !h.homeMunicipalityElsewhere && inBand(m.age, PRESCHOOL_AGE),
  ),
  'school-registration': member(
    (m, h) => !h.homeMunicipalityElsewhere && inBand(m.age, SCHOOL_AGE),
  ),
  'financial-assistance': household(
    (h) => !h.homeMunicipalityElsewhere && h.needsFinancialAssistance,
  ),
  'home-municipality-contact': household((h) => h.homeMunicipalityElsewhere),
});

/** Under 18 on the visit day, the same as tracks' 'has-children' condition. */
export function isChild(age: number): boolean {
  return age < ADULT_AGE;
}
