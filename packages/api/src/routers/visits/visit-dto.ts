import type { Visit as VisitRow } from '@motesplats/db';
import type { DayVisit, PlannedVisitTimes, VisitDto } from '@motesplats/contracts';
import type { Visit as VisitState } from '@motesplats/tracks';
import type { HouseholdWithMembers } from '../newcomers/to-dto.js';
import { isoDate } from '../newcomers/to-dto.js';

export function visitState(row: VisitRow): VisitState {
  return row.state as unknown as VisitState;
}

/** Why a visit may go wrong on the day, from what was recorded at booking. */
export function riskFlags(row: VisitRow): VisitDto['atRisk'] {
  const flags: VisitDto['atRisk'] = [];
  if (!row.permitCardReady)
    flags.push({
      code: 'PERMIT_CARD_NOT_READY',
      message: 'The permit card (UT-kort) is not ready',
    });
  if (!row.idDocumentsReady)
    flags.push({ code: 'ID_DOCUMENTS_NOT_READY', message: 'The ID documents are not ready' });
  if (row.overrideReason) {
    flags.push({
      code: 'OUTSIDE_TARGET_GROUP',
      message: `Booked outside the target group: ${row.overrideReason}`,
    });
  }
  return flags;
}

export function visitDto(row: VisitRow, staffNames: ReadonlyMap<string, string>): VisitDto {
  const state = visitState(row);
  return {
    id: row.id,
    locationId: row.locationId,
    householdId: row.householdId,
    track: row.track as VisitDto['track'],
    invitingAgency: row.invitingAgency as VisitDto['invitingAgency'],
    status: state.status,
    date: isoDate(row.date),
    time: row.startTime,
    venue: { kind: row.venueKind as VisitDto['venue']['kind'], id: row.venueId },
    preconditions: { permitCardReady: row.permitCardReady, idDocumentsReady: row.idDocumentsReady },
    atRisk: riskFlags(row),
    overrideReason: row.overrideReason,
    currentStep: state.currentStep,
    steps: state.steps.map((step, index) => ({
      index,
      actor: step.actor,
      kind: step.kind,
      mode: step.mode,
      minutes: step.minutes,
      status: step.status,
      heldBy:
        step.status === 'in-progress' && step.started
          ? {
              caseworkerId: step.started.by.caseworkerId,
              name: staffNames.get(step.started.by.caseworkerId) ?? null,
              since: step.started.at,
            }
          : null,
      skipReason: step.skipped?.reason ?? null,
    })),
    version: row.version,
  };
}

/** `planned` is left out unless given (the day board gives it: the plan's times, or null). */
export function dayVisitDto(
  row: VisitRow & { household: HouseholdWithMembers },
  staffNames: ReadonlyMap<string, string>,
  planned?: PlannedVisitTimes | null,
): DayVisit {
  return {
    ...visitDto(row, staffNames),
    ...(planned === undefined ? {} : { planned }),
    household: {
      id: row.household.id,
      reference: row.household.reference,
      members: row.household.members.map((m) => ({
        id: m.id,
        givenName: m.givenName,
        familyName: m.familyName,
        birthDate: isoDate(m.birthDate),
      })),
    },
  };
}

/** The names of the caseworkers holding steps, for the board: one query, not one per step. */
export async function staffNamesFor(
  db: {
    staffMember: {
      findMany(args: {
        where: { id: { in: string[] } };
      }): Promise<Array<{ id: string; displayName: string }>>;
    };
  },
  rows: VisitRow[],
): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const row of rows) {
    for (const step of visitState(row).steps)
      if (step.started) ids.add(step.started.by.caseworkerId);
  }
  if (ids.size === 0) return new Map();
  const staff = await db.staffMember.findMany({ where: { id: { in: [...ids] } } });
  return new Map(staff.map((s) => [s.id, s.displayName]));
}
