import type { DayInput, Visit, VisitStep } from '@motesplats/scheduling';
import { mulberry32, randomInt, weighted } from './random.js';

type Actor = VisitStep['actor'];

/**
 * Realistic generated Mötesplats days, deterministic per seed.
 *
 * - Tracks as in shared/DOMAIN.md: spår 1 (MV, AF, FK, [PM], SKV, kommun), spår 2 (AF, FK, [PM],
 *   SKV, kommun), spår 3 invited by the municipality (kommun, AF, FK, [PM], SKV). PM only when
 *   someone in the household is 65+ (about one in seven).
 * - Minutes: MV 30, AF 45, FK 30, PM 20, SKV 30, kommun 45; FK and kommun take longer for
 *   families of three or more (children's insurance, school and preschool registration).
 * - Households of 1–6 people; about 70 % need an interpreter in Arabic, Dari, Tigrinya, Somali
 *   or Kurdish, weighted roughly like the 2015–2017 arrivals.
 * - Invitations every half hour 08:00–12:00 for most households; some have no set time.
 * - Resources: `scaled` sizes caseworkers, rooms and interpreters to the day's load (~75 %
 *   utilisation) with at least the brief's minimum (1–3 caseworkers per actor, 4–8 rooms);
 *   `brief` keeps exactly 1–3 caseworkers per actor and 4–8 rooms whatever the volume,
 *   which cannot serve 60 households in one day and shows how the planner reports that.
 */
export type Resources = 'scaled' | 'brief';

const OPENS = 8 * 60;
const CLOSES = 17 * 60;
const DAY = CLOSES - OPENS;
const UTILISATION = 0.75;

const LANGUAGES = [
  ['ar', 35],
  ['prs', 20],
  ['ti', 20],
  ['so', 15],
  ['ku', 10],
] as const;

const SIZES = [
  [1, 45],
  [2, 15],
  [3, 10],
  [4, 12],
  [5, 10],
  [6, 8],
] as const;

function toMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

export function generateDay(visitCount: number, seed: number, resources: Resources): DayInput {
  const random = mulberry32(seed * 7919 + visitCount);
  const clock = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

  const visits: Visit[] = [];
  for (let i = 0; i < visitCount; i++) {
    const people = weighted(random, SIZES);
    const track = weighted(random, [
      [1, 40],
      [2, 30],
      [3, 30],
    ] as const);
    const pension = random() < 0.15;
    const big = people >= 3;
    const step = (actor: Actor): VisitStep => ({
      actor,
      minutes: { mv: 30, af: 45, fk: big ? 40 : 30, pm: 20, skv: 30, kommun: big ? 60 : 45 }[actor],
    });
    const pm: Actor[] = pension ? ['pm'] : [];
    const chain: Actor[] =
      track === 1
        ? ['mv', 'af', 'fk', ...pm, 'skv', 'kommun']
        : track === 2
          ? ['af', 'fk', ...pm, 'skv', 'kommun']
          : ['kommun', 'af', 'fk', ...pm, 'skv'];
    const visit: Visit = {
      id: `v${String(i + 1).padStart(2, '0')}`,
      people,
      language: random() < 0.7 ? weighted(random, LANGUAGES) : null,
      steps: chain.map(step),
    };
    if (random() < 0.75) visit.earliest = clock(OPENS + 30 * randomInt(random, 0, 8));
    visits.push(visit);
  }

  const minutesOf = (v: Visit) => v.steps.reduce((sum, s) => sum + s.minutes, 0);
  const releaseOf = (v: Visit) => (v.earliest ? toMinutes(v.earliest) : OPENS);
  const caseworkers: DayInput['caseworkers'] = [];
  for (const actor of ['mv', 'af', 'fk', 'pm', 'skv', 'kommun'] as const) {
    // A location staffs an actor for the minutes it must serve and for when it can serve them:
    // MV meets households first and must leave time for the rest of the chain, so its steps
    // have a short usable window (release + minutes before, to closing − minutes after).
    let load = 0;
    let window = 0;
    let steps = 0;
    for (const v of visits) {
      let before = 0;
      const total = minutesOf(v);
      for (const s of v.steps) {
        if (s.actor === actor) {
          load += s.minutes;
          window += CLOSES - (total - before - s.minutes) - (releaseOf(v) + before);
          steps++;
        }
        before += s.minutes;
      }
    }
    if (steps === 0) continue;
    const usable = Math.min(DAY, window / steps);
    const minimum = randomInt(random, 1, 3);
    let capacity = 0;
    for (let n = 1; ; n++) {
      // Some caseworkers work half days, as at real locations where staff are shared.
      const half = n > 1 && random() < 0.15;
      const morning = random() < 0.5;
      caseworkers.push({
        id: `${actor}-${n}`,
        actor,
        ...(half ? (morning ? { to: '12:30' } : { from: '12:30' }) : {}),
      });
      capacity += (half ? 0.5 : 1) * usable;
      if (n >= minimum && (resources === 'brief' || capacity >= load / UTILISATION)) break;
    }
  }

  const totalMinutes = visits.reduce((sum, v) => sum + minutesOf(v), 0);
  const roomCount =
    resources === 'brief'
      ? randomInt(random, 4, 8)
      : Math.max(randomInt(random, 4, 8), Math.ceil(totalMinutes / (DAY * UTILISATION)));
  const capacities = Array.from({ length: roomCount }, () =>
    weighted(random, [
      [2, 35],
      [3, 20],
      [4, 25],
      [6, 20],
    ] as const),
  ) as number[];
  // Enough rooms for the large households (the seeds' "small rooms make family visits hard").
  for (const size of [6, 4, 3]) {
    const load = visits
      .filter((v) => v.people > (size === 6 ? 4 : size - 1))
      .reduce((s, v) => s + minutesOf(v), 0);
    const need = Math.min(roomCount, Math.max(1, Math.ceil(load / (DAY * UTILISATION))));
    while (capacities.filter((c) => c >= size).length < need) {
      const smaller = capacities.map((c, i) => [c, i] as const).filter(([c]) => c < size);
      const [, at] = smaller.reduce((a, b) => (b[0] > a[0] ? b : a));
      capacities[at] = size;
    }
  }
  const rooms = capacities.map((capacity, i) => ({ id: `room-${i + 1}`, capacity }));

  const interpreters: DayInput['interpreters'] = [];
  for (const [language] of LANGUAGES) {
    const demand = visits
      .filter((v) => v.language === language)
      .reduce((s, v) => s + minutesOf(v), 0);
    if (demand === 0) continue;
    let capacity = 0;
    for (let n = 1; capacity < demand / UTILISATION; n++) {
      const second = language === 'ar' && random() < 0.25 ? ['ku'] : [];
      const half = random() < 0.2;
      interpreters.push({
        id: `tolk-${language}-${n}`,
        languages: [language, ...second],
        ...(half ? (random() < 0.5 ? { to: '13:00' } : { from: '12:00' }) : {}),
      });
      capacity += half ? 5 * 60 : DAY;
    }
  }

  return {
    date: '2026-11-23',
    opens: clock(OPENS),
    closes: clock(CLOSES),
    rooms,
    caseworkers,
    interpreters,
    visits,
  };
}
