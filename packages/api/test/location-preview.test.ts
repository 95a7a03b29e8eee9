import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import type { PreviewDayDto, Role } from '@motesplats/contracts';
import type { LocationConfig } from '@motesplats/location-config';
import { appRouter } from '../src/router.js';
import { createCallerFactory } from '../src/core/procedure.js';
import { fieldIssues } from '../src/core/error-format.js';
import { configFor, contextFor, depsFor, errorCode, seedTwoLocations, userFor } from './support.js';

/** configFor() opens on Tuesdays and Thursdays. */
const TUESDAY = '2026-12-01';
const SUNDAY = '2026-12-06';

describe('locations.previewDay', () => {
  let db: Database;
  beforeEach(async () => {
    db = await createTestDatabase();
    await seedTwoLocations(db);
  });
  afterEach(async () => {
    await db.close();
  });

  const as = async (role: Role, locationId = 'alpha') =>
    createCallerFactory(appRouter)(await contextFor(depsFor(db), userFor(role, locationId)));
  const preview = async (config: unknown, date = TUESDAY, role: Role = 'location-admin') =>
    (await as(role)).locations.previewDay({ locationId: 'alpha', config, date });
  const visitOf = (dto: PreviewDayDto, label: string) => {
    const visit = dto.visits.find((v) => v.label === label);
    if (!visit) throw new Error(`${label} is not planned: ${JSON.stringify(dto.unplaced)}`);
    return visit;
  };
  const meetingActors = (dto: PreviewDayDto, label: string) =>
    visitOf(dto, label).meetings.map((m) => m.actor);

  it('shows each track’s chain and plans the sample households with the day planner', async () => {
    const dto = await preview(configFor('alpha'));
    expect(dto.closedReason).toBeNull();
    expect(dto.chains.map((c) => [c.track, c.enabled, c.totalMinutes])).toEqual([
      [1, true, 215],
      [2, true, 185],
      [3, true, 185],
    ]);
    expect(dto.chains[0]!.steps[3]).toEqual({
      actor: 'pm',
      minutes: 20,
      mode: 'in-person',
      condition: 'anyone-65-plus',
    });
    // Three households per enabled track; the first is a single adult on track 1.
    const first = visitOf(dto, 'Exempelhushåll 1');
    expect(first).toMatchObject({ track: 1, members: 1, language: 'ar' });
    expect(first.meetings.map((m) => m.actor)).toEqual(['mv', 'af', 'fk', 'skv', 'kommun']);
    for (const m of first.meetings) {
      expect(m.start).toMatch(/^\d\d:\d\d$/);
      expect(m.end > m.start).toBe(true);
      expect(['Rum 1', 'Rum 2', 'Rum 3', 'Familjerummet']).toContain(m.room);
    }
    // The couple with someone over 65 meets Pensionsmyndigheten too.
    expect(meetingActors(dto, 'Exempelhushåll 3')).toContain('pm');
    expect(dto.visits.length + dto.unplaced.length).toBe(9);
    // A household left out says why with the planner's code, for the admin to translate.
    for (const miss of dto.unplaced) expect(miss.code).toMatch(/^[A-Z_]+$/);
    // Nothing is stored: a preview is not a day plan.
    expect(await db.prisma.dayPlan.count()).toBe(0);
  });

  it('moving a step changes the chain and the order of the sample meetings', async () => {
    const config = structuredClone(configFor('alpha'));
    const chain = config.tracks['1'].chain;
    // Track 1 must start with Migrationsverket; the municipality moves up right after it.
    chain.splice(
      1,
      0,
      chain.splice(
        chain.findIndex((s) => s.actor === 'kommun'),
        1,
      )[0]!,
    );
    const dto = await preview(config);
    expect(dto.chains[0]!.steps.map((s) => s.actor)).toEqual([
      'mv',
      'kommun',
      'af',
      'fk',
      'pm',
      'skv',
    ]);
    expect(meetingActors(dto, 'Exempelhushåll 1')).toEqual(['mv', 'kommun', 'af', 'fk', 'skv']);
  });

  it('an added video step appears with mode video, staffed although the actor is not there', async () => {
    const config: LocationConfig = structuredClone(configFor('alpha'));
    config.actors = config.actors.filter((a) => a !== 'pm');
    for (const track of ['1', '2', '3'] as const) {
      config.tracks[track].chain = config.tracks[track].chain.filter((s) => s.actor !== 'pm');
    }
    config.tracks['2'].chain.push({ actor: 'pm', minutes: 20, mode: 'video' });
    const dto = await preview(config);
    expect(dto.chains[1]!.steps.at(-1)).toEqual({
      actor: 'pm',
      minutes: 20,
      mode: 'video',
      condition: null,
    });
    // Households 4–6 are track 2's.
    const visit = visitOf(dto, 'Exempelhushåll 4');
    expect(visit.track).toBe(2);
    const pm = visit.meetings.find((m) => m.actor === 'pm');
    expect(pm?.mode).toBe('video');
    expect(
      visit.meetings.filter((m) => m.actor !== 'pm').every((m) => m.mode === 'in-person'),
    ).toBe(true);
  });

  it('an invalid draft is a BAD_REQUEST naming every path under config.', async () => {
    const config = structuredClone(configFor('alpha'));
    config.tracks['1'].chain[0]!.minutes = 2;
    config.rooms[0]!.capacity = 0;
    const error = await preview(config).catch((e: unknown) => e);
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(
      fieldIssues(error as TRPCError)
        .map((i) => i.path)
        .sort(),
    ).toEqual(['config.rooms[0].capacity', 'config.tracks.1.chain[0].minutes']);
    const whole = await preview('not a config').catch((e: unknown) => e);
    expect(fieldIssues(whole as TRPCError).map((i) => i.path)).toEqual(['config']);
  });

  it('a day the draft keeps closed says so and plans nothing', async () => {
    const dto = await preview(configFor('alpha'), SUNDAY);
    expect(dto.closedReason).toBe(
      'Mötesplats alpha har stängt på söndagar (2026-12-06). Öppet: tisdagar, torsdagar.',
    );
    expect(dto.visits).toEqual([]);
    expect(dto.unplaced).toEqual([]);
    expect(dto.chains).toHaveLength(3);
  });

  it('only a disabled track’s households are left out', async () => {
    const config = structuredClone(configFor('alpha'));
    config.tracks['3'].enabled = false;
    const dto = await preview(config);
    expect(dto.chains[2]!.enabled).toBe(false);
    expect(dto.visits.length + dto.unplaced.length).toBe(6);
    expect(dto.visits.every((v) => v.track !== 3)).toBe(true);
  });

  it('is for the location’s own admin or a national admin', async () => {
    expect((await preview(configFor('alpha'), TUESDAY, 'national-admin')).chains).toHaveLength(3);
    for (const caller of [await as('location-admin', 'beta'), await as('caseworker')]) {
      const error = await caller.locations
        .previewDay({ locationId: 'alpha', config: configFor('alpha'), date: TUESDAY })
        .catch((e: unknown) => e);
      expect(errorCode(error)).toBe('FORBIDDEN');
    }
  });
});
