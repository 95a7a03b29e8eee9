import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { BookVisitInput, VisitDto, type ActorId } from '@motesplats/contracts';
import {
  parseLocationConfig,
  type LocationConfig,
  type TrackId,
} from '@motesplats/location-config';
import { chainFor, createVisit, transition } from '@motesplats/tracks';
import type { Prisma } from '@motesplats/db';
import { mutation } from '../../core/procedure.js';
import { badRequest } from '../../core/bad-request.js';
import { loadHouseholdInScope } from '../newcomers/household-scope.js';
import { newcomerDto } from '../newcomers/to-dto.js';
import { assessMembers, storeAssessments } from '../newcomers/assess-members.js';
import { staffOf } from './apply-event.js';
import { visitDto } from './visit-dto.js';
import { dbDate } from '../../core/db-dates.js';

/** Who invites to each track (DOMAIN.md): spår 1 Migrationsverket, 2 Arbetsförmedlingen, 3 the municipality. */
export const INVITING_AGENCY: Record<TrackId, ActorId> = { 1: 'mv', 2: 'af', 3: 'kommun' };

function venueExists(config: LocationConfig, venue: BookVisitInput['venue']): boolean {
  if (venue.kind === 'main') return true;
  const list = venue.kind === 'branch' ? config.branches : config.mobileTeams;
  return list.some((entry) => entry.id === venue.id);
}

/**
 * Books a household into a Mötesplats day. The inviting agency must own the track; every member
 * is assessed against the target group, and someone outside it is refused with the reasons
 * unless the caseworker overrides with a recorded reason.
 */
export const book = mutation({
  permission: 'visits:book',
  personalData: true,
  input: BookVisitInput,
  output: VisitDto,
  async handler({ ctx, input }) {
    const by = staffOf(ctx);
    const track = String(input.track) as TrackId;
    if (INVITING_AGENCY[track] !== by.actor) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `track: spår ${track} is booked by ${INVITING_AGENCY[track]}, not by ${by.actor}`,
      });
    }
    const household = await loadHouseholdInScope(ctx, input.householdId);
    const location = await ctx.db.location.findUniqueOrThrow({
      where: { id: household.locationId },
    });
    const parsed = parseLocationConfig(location.config);
    if (!parsed.ok) {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: `The configuration of '${location.id}' is invalid; an admin must fix it first`,
      });
    }
    const config = parsed.config;
    if (!venueExists(config, input.venue)) {
      throw badRequest([
        { path: 'venue.id', message: `expected a ${input.venue.kind} of this location` },
      ]);
    }

    const members = household.members.map(newcomerDto);
    const assessments = assessMembers(members, input.date, 'date');
    const outside = members.filter((m) => assessments.get(m.id)?.inTargetGroup !== true);
    if (outside.length && !input.override) {
      const reasons = outside.map((m) => {
        const a = assessments.get(m.id)!;
        const unmet = a.conditions.filter((c) => c.result !== 'met').map((c) => c.explanation.en);
        const missing = a.missingFacts.length ? ` (missing: ${a.missingFacts.join(', ')})` : '';
        return `${m.givenName} ${m.familyName}: ${a.inTargetGroup === 'unknown' ? 'not known' : 'not'} in the target group${missing}. ${unmet.join(' ')}`;
      });
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: `Outside the target group, so not booked. ${reasons.join(' | ')} To book anyway, give override.reason.`,
      });
    }

    const chain = chainFor(config, track, {
      onDate: input.date,
      members: members.map((m) => ({ birthDate: m.birthDate })),
      ...(household.municipalityCode ? { municipalityCode: household.municipalityCode } : {}),
      ...(household.needsFinancialAssistance !== null
        ? { needsFinancialAssistance: household.needsFinancialAssistance }
        : {}),
    });
    if (!chain.ok)
      throw badRequest([{ path: 'track', message: `${chain.error.code}: ${chain.error.message}` }]);

    const id = randomUUID();
    const draft = createVisit({ id, locationId: location.id, track, steps: chain.steps });
    if (!draft.ok) throw badRequest([{ path: 'track', message: draft.error.message }]);
    const booked = transition(draft.visit, {
      type: 'book',
      at: ctx.deps.now().toISOString(),
      by,
      date: input.date,
      time: input.time,
    });
    if (!booked.ok)
      throw badRequest([
        { path: 'date', message: `${booked.error.code}: ${booked.error.message}` },
      ]);

    await storeAssessments(ctx.db, assessments, input.date, ctx.session?.id ?? null);
    const row = await ctx.db.visit.create({
      data: {
        id,
        locationId: location.id,
        householdId: household.id,
        date: dbDate(input.date),
        startTime: input.time,
        track: input.track,
        invitingAgency: by.actor,
        status: booked.visit.status,
        state: booked.visit as unknown as Prisma.InputJsonValue,
        venueKind: input.venue.kind,
        venueId: input.venue.kind === 'main' ? null : input.venue.id,
        permitCardReady: input.preconditions.permitCardReady,
        idDocumentsReady: input.preconditions.idDocumentsReady,
        overrideReason: outside.length ? input.override!.reason : null,
        bookedBy: by.caseworkerId,
        version: booked.visit.version,
      },
    });
    await ctx.audit({
      action: 'create',
      entity: 'visit',
      entityId: row.id,
      locationId: location.id,
      householdId: household.id,
      detail: {
        track: input.track,
        date: input.date,
        ...(outside.length ? { override: input.override!.reason } : {}),
      },
    });
    return visitDto(row, new Map());
  },
});
