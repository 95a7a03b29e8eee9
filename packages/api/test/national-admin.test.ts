import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import type { CreateLocationInput, Role } from '@motesplats/contracts';
import { DEFAULT_NATIONAL_FRAME, EXAMPLE_NAMES } from '@motesplats/location-config';
import { appRouter } from '../src/router.js';
import { createCallerFactory } from '../src/core/procedure.js';
import { fieldIssues } from '../src/core/error-format.js';
import {
  bookedVisitRow,
  configFor,
  contextFor,
  depsFor,
  errorCode,
  seedTwoLocations,
  userFor,
} from './support.js';

/** The demo chain of track 1 takes 215 minutes; this frame allows 200. */
const TIGHT_FRAME = { ...structuredClone(DEFAULT_NATIONAL_FRAME), maxChainMinutes: 200 };

describe('the national frame and the national admin', () => {
  let db: Database;
  let fixture: Awaited<ReturnType<typeof seedTwoLocations>>;
  beforeEach(async () => {
    db = await createTestDatabase();
    fixture = await seedTwoLocations(db);
  });
  afterEach(async () => {
    await db.close();
  });

  const as = async (role: Role, locationId = 'alpha') =>
    createCallerFactory(appRouter)(await contextFor(depsFor(db), userFor(role, locationId)));
  const key = () => crypto.randomUUID();
  const paths = (error: unknown) => fieldIssues(error as TRPCError).map((i) => i.path);
  const tighten = async () =>
    (await as('national-admin')).frame.update({
      expectedVersion: 1,
      frame: TIGHT_FRAME,
      idempotencyKey: key(),
    });

  describe('frame', () => {
    it('is the built-in default, version 1, until a national admin saves one', async () => {
      for (const role of ['location-admin', 'caseworker', 'analyst', 'national-admin'] as const) {
        const frame = await (await as(role)).frame.get();
        expect(frame).toMatchObject({ version: 1, updatedBy: null, breaches: [] });
        expect(frame.frame).toEqual(DEFAULT_NATIONAL_FRAME);
      }
    });

    it('a save makes version 2, kept as a revision; a stale save is a CONFLICT naming the version', async () => {
      const national = await as('national-admin');
      const saved = await national.frame.update({
        expectedVersion: 1,
        frame: { ...DEFAULT_NATIONAL_FRAME, maxChainMinutes: 280 },
        idempotencyKey: key(),
      });
      expect(saved).toMatchObject({ version: 2, updatedBy: 'Test national-admin' });
      expect(saved.frame.maxChainMinutes).toBe(280);
      expect((await (await as('location-admin')).frame.get()).frame.maxChainMinutes).toBe(280);

      const again = await national.frame.update({
        expectedVersion: 2,
        frame: { ...DEFAULT_NATIONAL_FRAME, maxChainMinutes: 290 },
        idempotencyKey: key(),
      });
      expect(again.version).toBe(3);

      const stale = await national.frame
        .update({ expectedVersion: 2, frame: DEFAULT_NATIONAL_FRAME, idempotencyKey: key() })
        .catch((e: unknown) => e);
      expect(errorCode(stale)).toBe('CONFLICT');
      expect((stale as Error).message).toContain('version 3');
      expect((await national.frame.get()).frame.maxChainMinutes).toBe(290);
      const revisions = await db.prisma.nationalFrameRevision.findMany({
        orderBy: { version: 'asc' },
      });
      expect(revisions.map((r) => [r.version, r.authorRole])).toEqual([
        [2, 'national-admin'],
        [3, 'national-admin'],
      ]);
    });

    it('a stale save of the default (expectedVersion other than 1) is a CONFLICT', async () => {
      const error = await (
        await as('national-admin')
      ).frame
        .update({ expectedVersion: 4, frame: DEFAULT_NATIONAL_FRAME, idempotencyKey: key() })
        .catch((e: unknown) => e);
      expect(errorCode(error)).toBe('CONFLICT');
      expect((error as Error).message).toContain('version 1');
      expect(await db.prisma.nationalFrame.count()).toBe(0);
    });

    it('an invalid frame is a BAD_REQUEST naming every field under frame.', async () => {
      const national = await as('national-admin');
      const error = await national.frame
        .update({
          expectedVersion: 1,
          frame: {
            ...DEFAULT_NATIONAL_FRAME,
            maxChainMinutes: 2,
            inPersonOnly: ['mv', 'xx'],
            extra: true,
          },
          idempotencyKey: key(),
        })
        .catch((e: unknown) => e);
      expect(errorCode(error)).toBe('BAD_REQUEST');
      expect(paths(error).sort()).toEqual(
        ['frame.extra', 'frame.inPersonOnly[1]', 'frame.maxChainMinutes'].sort(),
      );
      const whole = await national.frame
        .update({ expectedVersion: 1, frame: 'strict', idempotencyKey: key() })
        .catch((e: unknown) => e);
      expect(paths(whole)).toEqual(['frame']);
      expect(await db.prisma.nationalFrame.count()).toBe(0);
    });

    it('lists every location that breaks the new frame, with the problems at their paths', async () => {
      const saved = await tighten();
      expect(saved.breaches.map((b) => b.locationId)).toEqual(['alpha', 'beta']);
      expect(saved.breaches[0]!.problems).toEqual([
        expect.objectContaining({
          path: 'tracks.1.chain',
          message: expect.stringContaining('at most 200 minutes'),
        }),
      ]);
      // A location admin reads only their own location's configuration, so only its breach.
      const own = await (await as('location-admin', 'beta')).frame.get();
      expect(own.breaches.map((b) => b.locationId)).toEqual(['beta']);
    });

    it('a location configuration is checked against the stored frame, not the default', async () => {
      const admin = await as('location-admin');
      const save = (expectedVersion: number) =>
        admin.locations.updateConfig({
          locationId: 'alpha',
          expectedVersion,
          config: configFor('alpha'),
          idempotencyKey: key(),
        });
      expect((await save(1)).version).toBe(2);
      await tighten();
      const error = await save(2).catch((e: unknown) => e);
      expect(errorCode(error)).toBe('BAD_REQUEST');
      expect(paths(error)).toEqual(['config.tracks.1.chain']);
    });

    it('only a national admin may change it', async () => {
      for (const role of ['location-admin', 'analyst', 'caseworker'] as const) {
        const error = await (
          await as(role)
        ).frame
          .update({ expectedVersion: 1, frame: TIGHT_FRAME, idempotencyKey: key() })
          .catch((e: unknown) => e);
        expect(errorCode(error), role).toBe('FORBIDDEN');
      }
    });
  });

  describe('locations.overview', () => {
    it('gives every location’s status, sorted by name', async () => {
      // A visit the day before today (Swedish calendar) is not upcoming.
      const past = await bookedVisitRow(db, {
        locationId: 'alpha',
        householdId: fixture.household.id,
        day: fixture.day,
        track: 2,
        birthDates: ['1990-05-01'],
        time: '10:00',
      });
      await db.prisma.visit.update({
        where: { id: past.id },
        data: { date: new Date(Date.parse(`${fixture.day}T00:00:00Z`) - 86_400_000) },
      });
      const cancelled = await bookedVisitRow(db, {
        locationId: 'alpha',
        householdId: fixture.household.id,
        day: fixture.day,
        track: 2,
        birthDates: ['1990-05-01'],
        time: '11:00',
      });
      await db.prisma.visit.update({
        where: { id: cancelled.id },
        data: { status: 'cancelled' },
      });
      for (const [isoWeek, status] of [
        ['2026-W40', 'green'],
        ['2026-W41', 'yellow'],
      ] as const) {
        await db.prisma.pulseReport.create({
          data: { locationId: 'alpha', isoWeek, status, counts: {} },
        });
      }

      const rows = await (await as('national-admin')).locations.overview();
      expect(rows.map((r) => r.id)).toEqual(['alpha', 'beta']);
      expect(rows[0]).toMatchObject({
        id: 'alpha',
        name: 'Mötesplats alpha',
        municipalityCode: '9999',
        municipalityName: 'Demoby',
        version: 1,
        actors: ['mv', 'af', 'fk', 'pm', 'skv', 'kommun'],
        tracksEnabled: [1, 2, 3],
        frameProblems: [],
        lastPulse: { isoWeek: '2026-W41', status: 'yellow' },
        upcomingVisits: 1,
      });
      expect(rows[1]).toMatchObject({ id: 'beta', lastPulse: null, upcomingVisits: 0 });

      await tighten();
      const after = await (await as('analyst')).locations.overview();
      expect(after[0]!.frameProblems.map((p) => p.path)).toEqual(['tracks.1.chain']);
    });

    it('is for national admins and analysts only', async () => {
      for (const role of ['location-admin', 'caseworker'] as const) {
        const error = await (await as(role)).locations.overview().catch((e: unknown) => e);
        expect(errorCode(error), role).toBe('FORBIDDEN');
      }
    });
  });

  describe('a new location from a template', () => {
    const NEW_LOCATION = {
      locationId: 'nyort',
      name: 'Mötesplats Nyort',
      municipality: { name: 'Nyort', code: '9990' },
      template: 'demo',
    } as const;

    /** locations.create as `role`, answering the error it fails with (or the location). */
    async function tryCreate(
      role: Role,
      changes: Partial<CreateLocationInput> = {},
    ): Promise<unknown> {
      return (await as(role)).locations
        .create({ ...NEW_LOCATION, ...changes, idempotencyKey: key() })
        .catch((e: unknown) => e);
    }

    it('lists every template with a Swedish title and description', async () => {
      const templates = await (await as('national-admin')).locations.templates();
      expect(templates.map((t) => t.id)).toEqual([...EXAMPLE_NAMES]);
      expect(templates[0]).toMatchObject({
        id: 'demo',
        actors: ['mv', 'af', 'fk', 'pm', 'skv', 'kommun'],
        tracksEnabled: [1, 2, 3],
      });
      expect(templates[0]!.description).toMatch(/^Alla sex aktörer, alla tre spår/);
      for (const t of templates) expect(t.title.length).toBeGreaterThan(3);
      const error = await (
        await as('location-admin')
      ).locations
        .templates()
        .catch((e: unknown) => e);
      expect(errorCode(error)).toBe('FORBIDDEN');
    });

    it('creates the location at version 1 with its first revision', async () => {
      const national = await as('national-admin');
      const created = await national.locations.create({
        locationId: 'nyort',
        name: 'Mötesplats Nyort',
        municipality: { name: 'Nyort', code: '9990' },
        template: 'with-mobile-team',
        idempotencyKey: key(),
      });
      expect(created).toMatchObject({ id: 'nyort', name: 'Mötesplats Nyort', version: 1 });
      expect(created.municipalityCode).toBe('9990');
      expect(created.config).toMatchObject({
        id: 'nyort',
        name: 'Mötesplats Nyort',
        municipality: { name: 'Nyort', code: '9990' },
        actors: ['mv', 'af', 'fk', 'skv', 'kommun'],
      });
      const history = await national.locations.history({ locationId: 'nyort' });
      expect(history.map((h) => h.version)).toEqual([1]);
      expect((await national.locations.list()).map((l) => l.id)).toContain('nyort');
    });

    it('an id in use is a CONFLICT naming it', async () => {
      const error = await tryCreate('national-admin', {
        locationId: 'alpha',
        name: 'Mötesplats Alfa igen',
        municipality: { name: 'Demoby', code: '9999' },
      });
      expect(errorCode(error)).toBe('CONFLICT');
      expect((error as Error).message).toBe("locationId: a location 'alpha' already exists");
      expect(await db.prisma.location.count()).toBe(2);
    });

    it('an invalid municipality code is a BAD_REQUEST naming the field', async () => {
      const error = await tryCreate('national-admin', {
        municipality: { name: 'Nyort', code: '12' },
      });
      expect(errorCode(error)).toBe('BAD_REQUEST');
      expect(paths(error)).toEqual(['municipality.code']);
      expect(await db.prisma.location.count()).toBe(2);
    });

    it('a template outside the frame in force is a BAD_REQUEST at template', async () => {
      await tighten();
      const error = await tryCreate('national-admin');
      expect(errorCode(error)).toBe('BAD_REQUEST');
      expect(fieldIssues(error as TRPCError)[0]).toMatchObject({
        path: 'template',
        message: expect.stringContaining('tracks.1.chain'),
      });
    });

    it('is for national admins only', async () => {
      const error = await tryCreate('location-admin');
      expect(errorCode(error)).toBe('FORBIDDEN');
    });
  });
});
