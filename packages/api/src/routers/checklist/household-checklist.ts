import type { Prisma } from '@motesplats/db';
import type { SessionUser } from '@motesplats/contracts';
import { parseLocationConfig } from '@motesplats/location-config';
import {
  buildChecklist,
  itemId,
  type ConsentGrant,
  type PlannedActivity,
  type Viewer,
} from '@motesplats/checklist';
import type { Visit as VisitState } from '@motesplats/tracks';
import type { HouseholdWithMembers } from '../newcomers/to-dto.js';
import { isoDate } from '../newcomers/to-dto.js';
import { itemOfRow } from './item-dto.js';

type Db = Prisma.TransactionClient;

/** The visit the checklist follows: the newest one that was not cancelled. */
async function latestVisit(db: Db, householdId: string) {
  return db.visit.findFirst({
    where: { householdId, status: { not: 'cancelled' } },
    orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
  });
}

/**
 * Makes sure every item the household's facts call for exists, and returns them all. Building
 * is idempotent: items are keyed by the checklist package's deterministic id, and an existing
 * item is never reset.
 */
export async function ensureChecklist(db: Db, household: HouseholdWithMembers) {
  const visit = await latestVisit(db, household.id);
  if (visit?.state) {
    const location = await db.location.findUniqueOrThrow({ where: { id: household.locationId } });
    const config = parseLocationConfig(location.config);
    const satellite = config.ok
      ? config.config.satellites.find((s) => s.code === household.municipalityCode)
      : undefined;
    const state = visit.state as unknown as VisitState;
    const built = buildChecklist({
      household: {
        members: household.members.map((m) => ({
          id: m.id,
          birthDate: isoDate(m.birthDate),
          hasPersonalIdentityNumber: m.identifiers.some(
            (i) => i.kind !== 'dossier-number' && i.validTo === null,
          ),
        })),
        ...(household.needsFinancialAssistance !== null
          ? { needsFinancialAssistance: household.needsFinancialAssistance }
          : {}),
        ...(satellite ? { satellite } : {}),
      },
      track: state.track,
      chain: state.steps,
      onDate: isoDate(visit.date),
    });
    await db.checklistItem.createMany({
      data: built.items.map((item) => ({
        householdId: household.id,
        visitId: visit.id,
        memberId: item.memberId,
        itemKey: item.id,
        actor: item.actor,
        code: item.code,
        status: item.status,
        note: item.note,
      })),
      skipDuplicates: true,
    });
  }
  const rows = await db.checklistItem.findMany({
    where: { householdId: household.id },
    orderBy: { itemKey: 'asc' },
  });
  return {
    visit,
    items: rows.map(itemOfRow),
  };
}

export async function grantsOf(db: Db, householdId: string): Promise<ConsentGrant[]> {
  const rows = await db.consentGrant.findMany({ where: { householdId } });
  return rows.map((g) => ({
    id: g.id,
    grantee: g.grantee as ConsentGrant['grantee'],
    scope: 'read',
    from: g.from.toISOString(),
    until: g.until.toISOString(),
    revokedAt: g.revokedAt ? g.revokedAt.toISOString() : null,
  }));
}

/** A household's stored plans, as rows (the API's DTOs) and as the domain's planned activities. */
export async function plansOf(db: Db, householdId: string) {
  const rows = await db.plannedActivity.findMany({
    where: { householdId },
    orderBy: [{ from: 'asc' }, { id: 'asc' }],
  });
  const activities: PlannedActivity[] = rows.map((p) => ({
    id: p.id,
    memberId: p.memberId,
    actor: p.actor as PlannedActivity['actor'],
    kind: p.kind as PlannedActivity['kind'],
    hoursPerWeek: p.hoursPerWeek,
    from: isoDate(p.from),
    until: p.until ? isoDate(p.until) : null,
  }));
  return { rows, activities };
}

/**
 * Who is looking. A caseworker is "present today" when their agency meets the household at
 * their location today: the 'all-present-today' grant covers exactly them.
 */
export function viewerOf(
  session: SessionUser,
  visit: { date: Date; locationId: string; state: unknown } | null,
  today: string,
): Viewer {
  if (session.role === 'newcomer') return { kind: 'newcomer' };
  if (session.role !== 'caseworker' || !session.agency) return { kind: 'analyst' };
  const state = visit?.state as VisitState | undefined;
  const presentToday =
    !!visit &&
    isoDate(visit.date) === today &&
    visit.locationId === session.locationId &&
    !!state?.steps.some(
      (s) => s.actor === session.agency || s.performers.includes(session.agency!),
    );
  return { kind: 'caseworker', actor: session.agency, caseworkerId: session.id, presentToday };
}

export { itemId };
