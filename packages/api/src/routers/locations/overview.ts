import { z } from 'zod';
import { LocationStatus, PulseStatus, todayInSweden, type Track } from '@motesplats/contracts';
import { parseLocationConfig, TRACK_IDS } from '@motesplats/location-config';
import { query } from '../../core/procedure.js';
import { dbDate } from '../../core/db-dates.js';
import { loadFrameInForce } from '../frame/frame-in-force.js';
import { frameProblemsOf } from '../frame/frame-problems.js';

/** Visits that are not (or no longer) coming: not counted as upcoming. */
const NOT_UPCOMING = ['cancelled', 'draft'];

/**
 * Every location at a glance, sorted by name: its configuration's version and reach, where it
 * breaks the frame in force, its newest pulse report and how many visits are booked from today
 * (Swedish calendar day) on. No personal data: counts and configurations only.
 */
export const overview = query({
  permission: 'locations:overview',
  output: z.array(LocationStatus),
  async handler({ ctx }) {
    const { frame } = await loadFrameInForce(ctx.db);
    const [rows, pulses, upcoming] = await Promise.all([
      ctx.db.location.findMany({ orderBy: { name: 'asc' } }),
      ctx.db.pulseReport.findMany({
        select: { locationId: true, isoWeek: true, status: true },
        orderBy: [{ locationId: 'asc' }, { isoWeek: 'desc' }],
        distinct: ['locationId'],
      }),
      ctx.db.visit.groupBy({
        by: ['locationId'],
        where: {
          date: { gte: dbDate(todayInSweden(ctx.deps.now())) },
          status: { notIn: NOT_UPCOMING },
        },
        _count: { _all: true },
      }),
    ]);
    const pulseOf = new Map(pulses.map((p) => [p.locationId, p]));
    const upcomingOf = new Map(upcoming.map((u) => [u.locationId, u._count._all]));

    return rows.map((row) => {
      const parsed = parseLocationConfig(row.config);
      const config = parsed.ok ? parsed.config : null;
      const pulse = pulseOf.get(row.id);
      const status = pulse ? PulseStatus.safeParse(pulse.status) : null;
      return {
        id: row.id,
        name: row.name,
        municipalityCode: row.municipalityCode,
        municipalityName: config?.municipality.name ?? '',
        version: row.version,
        updatedAt: row.updatedAt.toISOString(),
        actors: config?.actors ?? [],
        tracksEnabled: config
          ? TRACK_IDS.filter((track) => config.tracks[track].enabled).map(
              (track) => Number(track) as Track,
            )
          : [],
        frameProblems: frameProblemsOf(parsed, frame),
        lastPulse:
          pulse && status?.success ? { isoWeek: pulse.isoWeek, status: status.data } : null,
        upcomingVisits: upcomingOf.get(row.id) ?? 0,
      };
    });
  },
});
