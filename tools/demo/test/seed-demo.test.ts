import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import { todayInSweden } from '@motesplats/contracts';
import { seedDemo } from '../src/seed-demo.js';
import { demoDay } from '../src/demo-data.js';

describe('seedDemo', () => {
  let db: Database;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.close();
  });

  it('seeds the demo locations and a day of bookings across all three tracks', async () => {
    const result = await seedDemo(db.prisma, '2026-11-23');
    expect(result).toEqual({
      seeded: true,
      day: '2026-11-23',
      households: demoDay('2026-11-23').length,
    });
    const visits = await db.prisma.visit.findMany({ where: { locationId: 'demo' } });
    expect(new Set(visits.map((v) => v.track))).toEqual(new Set([1, 2, 3]));
    expect(visits.every((v) => v.date.toISOString().startsWith('2026-11-23'))).toBe(true);
    const families = await db.prisma.household.findMany({ include: { members: true } });
    expect(families.some((h) => h.members.length >= 4)).toBe(true);
    expect(visits.every((v) => v.status === 'booked' && v.state !== null && v.version === 2)).toBe(
      true,
    );
    expect(await db.prisma.location.count()).toBe(5);
    expect(await db.prisma.newcomerAccess.count()).toBe(visits.length);
  });

  it('seeds nothing the second time', async () => {
    await seedDemo(db.prisma, '2026-11-23');
    const counts = async () => ({
      locations: await db.prisma.location.count(),
      households: await db.prisma.household.count(),
      newcomers: await db.prisma.newcomer.count(),
      visits: await db.prisma.visit.count(),
    });
    const before = await counts();
    expect(await seedDemo(db.prisma, '2026-11-24')).toEqual({ seeded: false });
    expect(await counts()).toEqual(before);
  });

  it('keeps the demo ages right relative to the day', () => {
    const day = demoDay('2026-11-23');
    const elder = day.flatMap((h) => h.members).find((m) => m.birthDate <= '1958-11-23');
    expect(elder, 'a household member aged 65+ makes Pensionsmyndigheten relevant').toBeDefined();
  });

  it('knows the date in Sweden, not in UTC', () => {
    expect(todayInSweden(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });
});
