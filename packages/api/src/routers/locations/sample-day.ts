import type { PreviewDayDto, PreviewVisit, Track } from '@motesplats/contracts';
import { TRACK_IDS, type LocationConfig } from '@motesplats/location-config';
import type { DayInput, Visit as PlannerVisit } from '@motesplats/scheduling';
import { chainFor, type PlannedStep } from '@motesplats/tracks';
import {
  interpreterLanguage,
  peopleInRoom,
  resourcesFor,
  runPlanner,
} from '../visits/day-input.js';
import { PLAN_SEED } from '../visits/plan-day.js';

/**
 * A sample day for a draft configuration: invented households, planned with the real day
 * planner, so a location admin sees what a change does to a day before saving it. No real
 * person is involved and nothing is stored.
 */

/** The planner's budget for a preview: small, so the editor stays responsive. */
export const PREVIEW_TIME_LIMIT_MS = 300;
/** Reached before the time limit on a sample day, which makes equal drafts give equal previews. */
export const PREVIEW_MAX_ITERATIONS = 300;

export type SampleHousehold = {
  /** Ages on the sample day, one per member. */
  ages: readonly number[];
  /** The household's language; 'sv' needs no interpreter. */
  language: string;
  needsFinancialAssistance: boolean;
};

/**
 * The invented households every enabled track gets, in this order: a single adult who needs an
 * Arabic interpreter, a family of five with children who needs a Tigrinya interpreter and
 * financial assistance, and a couple in which one is over 65 (so conditional steps show), who
 * speak Swedish. Fixed, so the same draft always gives the same preview.
 */
export const SAMPLE_HOUSEHOLDS: readonly SampleHousehold[] = [
  { ages: [29], language: 'ar', needsFinancialAssistance: false },
  { ages: [41, 38, 12, 9, 6], language: 'ti', needsFinancialAssistance: true },
  { ages: [68, 44], language: 'sv', needsFinancialAssistance: false },
];

export function sampleLabel(n: number): string {
  return `Exempelhushåll ${n}`;
}

/** A birth date that makes `age` the member's age on `date` (born 1 January of that year). */
function birthDateFor(date: string, age: number): string {
  return `${String(Number(date.slice(0, 4)) - age).padStart(4, '0')}-01-01`;
}

type Sample = {
  label: string;
  track: Track;
  household: SampleHousehold;
  steps: PlannedStep[];
};

/**
 * The sample day of a valid draft on a day it is open (`hours`): the visits the planner placed,
 * each with its meetings in time order, and the households it could not place, with the reason.
 */
export function planSampleDay(
  config: LocationConfig,
  date: string,
  hours: { opens: string; closes: string },
): Pick<PreviewDayDto, 'visits' | 'unplaced'> {
  const samples = new Map<string, Sample>();
  const unplaced: PreviewDayDto['unplaced'] = [];
  const visits: PlannerVisit[] = [];
  let n = 0;
  for (const trackId of TRACK_IDS) {
    if (!config.tracks[trackId].enabled) continue;
    const track = Number(trackId) as Track;
    for (const household of SAMPLE_HOUSEHOLDS) {
      const label = sampleLabel(++n);
      const chain = chainFor(config, trackId, {
        onDate: date,
        members: household.ages.map((age) => ({ birthDate: birthDateFor(date, age) })),
        needsFinancialAssistance: household.needsFinancialAssistance,
      });
      if (!chain.ok) {
        unplaced.push({ label, code: null, reason: chain.error.message });
        continue;
      }
      const id = `sample-${n}`;
      samples.set(id, { label, track, household, steps: chain.steps });
      const language = interpreterLanguage(household.language);
      visits.push({
        id,
        people: peopleInRoom(household.ages.length, language),
        language,
        steps: chain.steps.map((step) => ({ actor: step.actor, minutes: step.minutes })),
      });
    }
  }

  const day: DayInput = { date, ...hours, ...resourcesFor(config), visits };
  const plan = runPlanner(day, {
    timeLimitMs: PREVIEW_TIME_LIMIT_MS,
    maxIterations: PREVIEW_MAX_ITERATIONS,
    seed: PLAN_SEED,
  });
  const roomName = new Map(config.rooms.map((room) => [room.id, room.name]));
  const planned: PreviewVisit[] = [];
  for (const [id, sample] of samples) {
    const meetings = plan.assignments
      .filter((a) => a.visitId === id)
      .sort((a, b) => a.start.localeCompare(b.start) || a.step - b.step)
      .map((a) => ({
        actor: a.actor,
        start: a.start,
        end: a.end,
        room: roomName.get(a.roomId) ?? null,
        mode: sample.steps[a.step]?.mode ?? 'in-person',
      }));
    if (meetings.length === 0) continue;
    planned.push({
      label: sample.label,
      track: sample.track,
      members: sample.household.ages.length,
      language: sample.household.language,
      meetings,
    });
  }
  for (const miss of plan.unplaced) {
    const sample = samples.get(miss.visitId);
    if (sample) unplaced.push({ label: sample.label, code: miss.code, reason: miss.reason });
  }
  unplaced.sort((a, b) => labelNumber(a.label) - labelNumber(b.label));
  return { visits: planned, unplaced };
}

function labelNumber(label: string): number {
  return Number(label.slice(label.lastIndexOf(' ') + 1));
}
