import type { PrismaClient } from '@motesplats/db';
import { DEMO_LOCATIONS, INVITING_AGENCY, demoDay } from './demo-data.js';

export type SeedResult = { seeded: false } | { seeded: true; day: string; households: number };

/**
 * Seeds the fictional demo locations and one day of bookings, once. The demo location's
 * existence is the marker: a second run changes nothing, so local data is never duplicated.
 */
export async function seedDemo(prisma: PrismaClient, day: string): Promise<SeedResult> {
  return prisma.$transaction(
    async (tx) => {
      if (await tx.location.findUnique({ where: { id: 'demo' }, select: { id: true } }))
        return { seeded: false };
      for (const location of DEMO_LOCATIONS) {
        await tx.location.create({
          data: {
            ...location,
            config: { ...location.config, actors: [...location.config.actors] },
          },
        });
      }
      const households = demoDay(day);
      for (const household of households) {
        const created = await tx.household.create({
          data: {
            locationId: 'demo',
            reference: household.reference,
            language: household.language,
            members: {
              create: household.members.map((m) => ({
                ...m,
                birthDate: new Date(`${m.birthDate}T00:00:00Z`),
              })),
            },
          },
        });
        await tx.visit.create({
          data: {
            locationId: 'demo',
            householdId: created.id,
            date: new Date(`${day}T00:00:00Z`),
            startTime: household.startTime,
            track: household.track,
            invitingAgency: INVITING_AGENCY[household.track],
          },
        });
      }
      return { seeded: true, day, households: households.length };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
