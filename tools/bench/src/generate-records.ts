import type { AgeBand, Sex, Track, VisitRecord } from '@motesplats/statistics';
import { mulberry32, randomInt, weighted } from './random.js';

/**
 * A generated year of Mötesplats visits as statistics records, deterministic per seed.
 *
 * - 27 locations (`loc-01` … `loc-27`): 24 of very different sizes (weights 1/rank) and three
 *   tiny ones (a mobile team, a branch) with a handful of visits a week, so that a
 *   location × week table has the small counts that suppression is there for.
 * - Each person comes once (70 %), twice (25 %) or three times (5 %), a week or more apart,
 *   at one location; 8 % of invitations are no-shows. Tracks 45/35/20 % (inviting agency MV,
 *   AF, kommun), sex 59/39/2 % male/female/unknown, ages 26 % children, 4 % 65+, as in 2017.
 * - Dates in 2017; date strings and keys are shared, so a million records stay near 150 MB.
 */
export const LOCATIONS = Array.from(
  { length: 27 },
  (_, i) => `loc-${String(i + 1).padStart(2, '0')}`,
);

const LOCATION_WEIGHTS = LOCATIONS.map((id, i) => [id, i < 24 ? 1 / (i + 1) : 0.0004] as const);
const TRACKS = [
  [1, 45],
  [2, 35],
  [3, 20],
] as const satisfies ReadonlyArray<readonly [Track, number]>;
const AGENCY: Record<Track, string> = { 1: 'mv', 2: 'af', 3: 'kommun' };
const SEXES = [
  ['male', 59],
  ['female', 39],
  ['unknown', 2],
] as const satisfies ReadonlyArray<readonly [Sex, number]>;
const AGES = [
  ['0-17', 26],
  ['18-64', 70],
  ['65+', 4],
] as const satisfies ReadonlyArray<readonly [AgeBand, number]>;
const VISITS_PER_PERSON = [
  [1, 70],
  [2, 25],
  [3, 5],
] as const;

const DAYS = Array.from({ length: 365 }, (_, i) =>
  new Date(Date.UTC(2017, 0, 1 + i)).toISOString().slice(0, 10),
);

export function generateRecords(count: number, seed = 1): VisitRecord[] {
  const random = mulberry32(seed);
  const records: VisitRecord[] = [];
  for (let person = 0; records.length < count; person++) {
    const personKey = `p${person}`;
    const locationId = weighted(random, LOCATION_WEIGHTS);
    const sex = weighted(random, SEXES);
    const ageBand = weighted(random, AGES);
    const visits = weighted(random, VISITS_PER_PERSON);
    let day = randomInt(random, 0, 300);
    for (let v = 0; v < visits && records.length < count; v++) {
      const track = weighted(random, TRACKS);
      records.push({
        personKey,
        locationId,
        date: DAYS[day]!,
        track,
        sex,
        ageBand,
        invitingAgency: AGENCY[track],
        attended: random() >= 0.08,
      });
      day = Math.min(364, day + randomInt(random, 7, 30));
    }
  }
  return records;
}
