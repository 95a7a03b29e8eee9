import { ADULT_AGE, type BenefitTopic } from '@motesplats/checklist';
import { ageOn, isIsoDate } from '@motesplats/target-group';

/** A household member as the benefit advice needs it. */
export interface BenefitMember {
  givenName: string;
  birthDate: string;
}

/** A benefit worth going through with the household, and why, in Swedish for the caseworker. */
export interface BenefitAdvice {
  topic: BenefitTopic;
  reason: string;
}

/*
 * Age limits of the benefits, as Försäkringskassan states them generally. They only decide what
 * the caseworker brings up: whether anyone is entitled is Försäkringskassan's decision on an
 * application, so every reason says "kan" (may), never "har rätt till".
 */
const CHILD_ALLOWANCE_UNTIL = 16;
const STUDY_AGE = { min: 16, max: 19 } as const;
const PARENTAL_BENEFIT_UNTIL = 12;
const YOUNG_HOUSING_ALLOWANCE_UNTIL = 29;

type Aged = { name: string; age: number };

const swedishList = new Intl.ListFormat('sv', { style: 'long', type: 'conjunction' });

function names(people: readonly Aged[]): string {
  return swedishList.format(people.map((p) => `${p.name} (${p.age} år)`));
}

/** "är vuxen" or "är vuxna": Swedish adjectives agree in number. */
function adult(people: readonly Aged[]): string {
  return people.length === 1 ? 'vuxen' : 'vuxna';
}

/**
 * The benefits that fit the household on the visit day, in the order of BENEFIT_TOPICS, each
 * with the reason. Members whose birth date is not a date on or before the day are left out
 * rather than guessed at. Sickness benefit is never suggested from ages alone: it depends on
 * work and income, which the household's facts do not show.
 */
export function benefitsForHousehold(
  members: readonly BenefitMember[],
  onDate: string,
): BenefitAdvice[] {
  const aged: Aged[] = members
    .filter((m) => isIsoDate(m.birthDate) && isIsoDate(onDate) && m.birthDate <= onDate)
    .map((m) => ({ name: m.givenName, age: ageOn(m.birthDate, onDate) }));
  const under = (limit: number) => aged.filter((p) => p.age < limit);

  const children = under(ADULT_AGE);
  const allowanceChildren = under(CHILD_ALLOWANCE_UNTIL);
  const students = aged.filter((p) => p.age >= STUDY_AGE.min && p.age <= STUDY_AGE.max);
  const parentalChildren = under(PARENTAL_BENEFIT_UNTIL);
  const youngAdults = aged.filter(
    (p) => p.age >= ADULT_AGE && p.age < YOUNG_HOUSING_ALLOWANCE_UNTIL,
  );
  const adults = aged.filter((p) => p.age >= ADULT_AGE);

  const advice: BenefitAdvice[] = [];

  const childAllowance = [
    allowanceChildren.length
      ? `${names(allowanceChildren)} är under 16 år: barnbidrag betalas för barn under 16 år.`
      : null,
    students.length
      ? `${names(students)} är 16–19 år: barnbidraget upphör vid 16 år, men vid studier kan förlängt barnbidrag eller studiebidrag från CSN bli aktuellt.`
      : null,
  ].filter((s): s is string => s !== null);
  if (childAllowance.length) {
    advice.push({ topic: 'child-allowance', reason: childAllowance.join(' ') });
  }

  if (children.length) {
    advice.push({
      topic: 'housing-allowance',
      reason: 'Hushållet har barn: barnfamiljer kan få bostadsbidrag.',
    });
  } else if (youngAdults.length) {
    advice.push({
      topic: 'housing-allowance',
      reason: `${names(youngAdults)} är under 29 år: unga kan få bostadsbidrag även utan barn.`,
    });
  }

  if (parentalChildren.length) {
    advice.push({
      topic: 'parental-benefit',
      reason: `${names(parentalChildren)} är under 12 år: föräldrapenning och tillfällig föräldrapenning (vård av sjukt barn) kan bli aktuella.`,
    });
  }

  if (adults.length) {
    advice.push({
      topic: 'dental-care',
      reason: `${names(adults)} är ${adult(adults)}: information om statligt tandvårdsstöd, som kräver registrering i socialförsäkringen.`,
    });
  }

  if (children.length) {
    // The household's facts do not say whether the parents live together, so this stays a
    // possibility for the caseworker to ask about, never a conclusion.
    advice.push({
      topic: 'maintenance-support',
      reason: `Om föräldrarna inte bor ihop kan underhållsstöd bli aktuellt för ${names(children)}.`,
    });
  }

  return advice;
}
