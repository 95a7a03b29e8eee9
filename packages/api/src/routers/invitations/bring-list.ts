import type { BringItem, Track } from '@motesplats/contracts';
import { ageOn } from '@motesplats/target-group';
import { ADULT_AGE, PENSION_AGE } from '@motesplats/tracks';

export type BringFacts = {
  track: Track;
  /** The visit day, 'YYYY-MM-DD': ages are taken on it. */
  onDate: string;
  birthDates: readonly string[];
};

/**
 * What the household must bring, in the order the invitation lists it. Identity documents and
 * the permit card always. The decision on the residence permit only on spår 2 and 3: on spår 1
 * Migrationsverket notifies the decision at the meeting itself. School and work certificates for
 * AF's mapping when anyone is of working age (18–64); the children's documents for the
 * municipality's preschool and school registration when anyone is under 18.
 */
export function bringList(facts: BringFacts): BringItem[] {
  // A birth date after the visit day is bad data; it says nothing about anyone's age.
  const ages = facts.birthDates
    .filter((birthDate) => birthDate <= facts.onDate)
    .map((birthDate) => ageOn(birthDate, facts.onDate));
  const items: BringItem[] = ['identity', 'permitCard'];
  if (facts.track !== 1) items.push('decision');
  if (ages.some((age) => age >= ADULT_AGE && age < PENSION_AGE)) items.push('certificates');
  if (ages.some((age) => age < ADULT_AGE)) items.push('childrenDocuments');
  return items;
}
