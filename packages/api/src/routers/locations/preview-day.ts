import {
  PreviewDayDto,
  PreviewDayInput,
  type PreviewChain,
  type Track,
} from '@motesplats/contracts';
import {
  parseLocationConfig,
  TRACK_IDS,
  type LocationConfig,
  type Weekday,
} from '@motesplats/location-config';
import { naturallyIdempotentMutation } from '../../core/procedure.js';
import { assertLocationScope } from '../../auth/location-scope.js';
import { badRequest } from '../../core/bad-request.js';
import { openingHoursEntryOn, weekdayOf } from '../visits/day-input.js';
import { underField } from './config-problems.js';
import { planSampleDay } from './sample-day.js';

const WEEKDAY_NAMES_SV: Record<Weekday, string> = {
  mon: 'måndagar',
  tue: 'tisdagar',
  wed: 'onsdagar',
  thu: 'torsdagar',
  fri: 'fredagar',
  sat: 'lördagar',
  sun: 'söndagar',
};

/** Each track's chain as the draft has it, every step listed, conditional ones too. */
export function previewChains(config: LocationConfig): PreviewChain[] {
  return TRACK_IDS.map((track) => {
    const { enabled, chain } = config.tracks[track];
    return {
      track: Number(track) as Track,
      enabled,
      steps: chain.map((step) => ({
        actor: step.actor,
        minutes: step.minutes,
        mode: step.mode,
        condition: step.condition ?? null,
      })),
      totalMinutes: chain.reduce((sum, step) => sum + step.minutes, 0),
    };
  });
}

function closedReason(config: LocationConfig, date: string): string {
  const open = config.openingHours.map((h) => WEEKDAY_NAMES_SV[h.weekday]);
  return `${config.name} har stängt på ${WEEKDAY_NAMES_SV[weekdayOf(date)]} (${date}). Öppet: ${open.join(', ')}.`;
}

/**
 * What a draft configuration would give, before it is saved: each track's chain and a sample
 * day of invented households planned with the real day planner (./sample-day.ts). A POST only
 * because the draft is too long for a URL: it reads and writes nothing.
 */
export const previewDay = naturallyIdempotentMutation({
  permission: 'locations:admin',
  why: 'a preview computes from its input alone and stores nothing, so a repeat gives the same answer',
  input: PreviewDayInput,
  output: PreviewDayDto,
  async handler({ ctx, input }) {
    assertLocationScope(ctx.session, input.locationId);
    const parsed = parseLocationConfig(input.config);
    if (!parsed.ok) throw badRequest(underField('config', parsed.errors));
    const config = parsed.config;
    const chains = previewChains(config);
    const hours = openingHoursEntryOn(config, input.date);
    if (!hours) {
      return {
        chains,
        date: input.date,
        closedReason: closedReason(config, input.date),
        visits: [],
        unplaced: [],
      };
    }
    return {
      chains,
      date: input.date,
      closedReason: null,
      ...planSampleDay(config, input.date, hours),
    };
  },
});
