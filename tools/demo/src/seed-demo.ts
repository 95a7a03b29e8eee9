import type { Prisma, PrismaClient } from '@motesplats/db';
import { DEMO_CONFIG } from '@motesplats/location-config';
import { chainFor, createVisit, transition, type Visit } from '@motesplats/tracks';
import { accessCodeFrom } from '@motesplats/api';
import {
  DEMO_ACCESS_CODES,
  DEMO_LOCATIONS,
  INVITING_AGENCY,
  demoDay,
  type DemoHousehold,
} from './demo-data.js';

export type SeedResult = { seeded: false } | { seeded: true; day: string; households: number };

const json = (value: unknown) => value as Prisma.InputJsonValue;
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The visit as the booking caseworker would have created it, through the same state machine. */
function bookedVisit(id: string, household: DemoHousehold, day: string, now: Date): Visit {
  const track = String(household.track) as '1' | '2' | '3';
  const chain = chainFor(DEMO_CONFIG, track, {
    onDate: day,
    members: household.members.map((m) => ({ birthDate: m.birthDate })),
  });
  if (!chain.ok) throw new Error(`demo chain for ${household.reference}: ${chain.error.message}`);
  const draft = createVisit({ id, locationId: DEMO_CONFIG.id, track, steps: chain.steps });
  if (!draft.ok) throw new Error(`demo visit for ${household.reference}: ${draft.error.message}`);
  const booked = transition(draft.visit, {
    type: 'book',
    at: now.toISOString(),
    by: { actor: INVITING_AGENCY[household.track], caseworkerId: 'demo-seed' },
    date: day,
    time: household.startTime,
  });
  if (!booked.ok)
    throw new Error(`demo booking for ${household.reference}: ${booked.error.message}`);
  return booked.visit;
}

/**
 * Seeds the fictional example locations and one day of bookings at the demo location, once. The
 * demo location's existence is the marker: a second run changes nothing.
 */
export async function seedDemo(
  prisma: PrismaClient,
  day: string,
  now = new Date(),
): Promise<SeedResult> {
  return prisma.$transaction(
    async (tx) => {
      if (await tx.location.findUnique({ where: { id: DEMO_CONFIG.id }, select: { id: true } }))
        return { seeded: false };
      for (const config of DEMO_LOCATIONS) {
        await tx.location.create({
          data: {
            id: config.id,
            name: config.name,
            municipalityCode: config.municipality.code,
            config: json(config),
          },
        });
        await tx.locationConfigRevision.create({
          data: {
            locationId: config.id,
            version: 1,
            config: json(config),
            authorName: 'Demo seed',
            authorRole: 'system',
          },
        });
      }
      const households = demoDay(day);
      for (const household of households) {
        const created = await tx.household.create({
          data: {
            locationId: DEMO_CONFIG.id,
            reference: household.reference,
            language: household.language,
          },
        });
        const access = accessCodeFrom(DEMO_ACCESS_CODES[household.reference]!)!;
        await tx.newcomerAccess.create({
          data: {
            householdId: created.id,
            lookup: access.lookup,
            secretHash: access.secretHash,
            rotatedBy: 'demo-seed',
          },
        });
        const ids: string[] = [];
        for (const m of household.members) {
          const member = await tx.newcomer.create({
            data: {
              householdId: created.id,
              givenName: m.givenName,
              familyName: m.familyName,
              birthDate: date(m.birthDate),
              sex: m.sex,
              permitChapter: m.permit?.chapter ?? null,
              permitSection: m.permit?.section ?? null,
              housing: m.housing ?? null,
              unaccompaniedMinor: m.unaccompaniedMinor ?? null,
              relationKind: m.relation?.kind ?? null,
              relatedToId: m.relation ? (ids[m.relation.to] ?? null) : null,
              nuclearFamily: m.relation?.nuclearFamily ?? null,
              ...(m.dossierNumber
                ? {
                    identifiers: {
                      create: { kind: 'dossier-number', value: m.dossierNumber.replace('-', '') },
                    },
                  }
                : {}),
            },
          });
          ids.push(member.id);
        }
        const id = crypto.randomUUID();
        const visit = bookedVisit(id, household, day, now);
        await tx.visit.create({
          data: {
            id,
            locationId: DEMO_CONFIG.id,
            householdId: created.id,
            date: date(day),
            startTime: household.startTime,
            track: household.track,
            invitingAgency: INVITING_AGENCY[household.track],
            status: visit.status,
            state: json(visit),
            version: visit.version,
            permitCardReady: household.permitCardReady,
            idDocumentsReady: household.idDocumentsReady,
            bookedBy: 'demo-seed',
          },
        });
      }
      return { seeded: true, day, households: households.length };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
