import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import type { Role } from '@motesplats/contracts';
import { appRouter } from '../src/router.js';
import { createCallerFactory } from '../src/core/procedure.js';
import {
  clientMessage,
  configFor,
  contextFor,
  depsFor,
  errorCode,
  seedTwoLocations,
  userFor,
} from './support.js';
import { fieldIssues } from '../src/core/error-format.js';
import { TRPCError } from '@trpc/server';

describe('location configuration', () => {
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
  const key = () => crypto.randomUUID();

  it('a location admin saves a valid change; every save is kept with author and time', async () => {
    const admin = await as('location-admin');
    const current = await admin.locations.get({ locationId: 'alpha' });
    const config = structuredClone(current.config);
    config.tracks['1'].chain[1]!.minutes = 50;
    const saved = await admin.locations.updateConfig({
      locationId: 'alpha',
      expectedVersion: current.version,
      config,
      idempotencyKey: key(),
    });
    expect(saved.version).toBe(current.version + 1);
    expect(saved.config.tracks['1'].chain[1]?.minutes).toBe(50);
    const history = await admin.locations.history({ locationId: 'alpha' });
    expect(history[0]).toMatchObject({
      version: saved.version,
      author: { name: 'Test location-admin', role: 'location-admin' },
    });
  });

  it('a stale save is a CONFLICT and changes nothing', async () => {
    const admin = await as('location-admin');
    const current = await admin.locations.get({ locationId: 'alpha' });
    await admin.locations.updateConfig({
      locationId: 'alpha',
      expectedVersion: current.version,
      config: configFor('alpha'),
      idempotencyKey: key(),
    });
    const error = await admin.locations
      .updateConfig({
        locationId: 'alpha',
        expectedVersion: current.version,
        config: { ...configFor('alpha'), name: 'Stale' },
        idempotencyKey: key(),
      })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('CONFLICT');
    expect((await admin.locations.get({ locationId: 'alpha' })).name).toBe('Mötesplats alpha');
  });

  it('an invalid configuration is a BAD_REQUEST listing every error path', async () => {
    const admin = await as('location-admin');
    const save = (config: unknown) =>
      admin.locations
        .updateConfig({ locationId: 'alpha', expectedVersion: 1, config, idempotencyKey: key() })
        .catch((e: unknown) => e);
    const config = structuredClone(configFor('alpha'));
    config.tracks['1'].chain[2]!.minutes = 2;
    config.municipality.code = '12';
    config.rooms[0]!.capacity = 0;
    const error = await save(config);
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(
      fieldIssues(error as TRPCError)
        .map((i) => i.path)
        .sort(),
    ).toEqual(
      [
        'config.municipality.code',
        'config.rooms[0].capacity',
        'config.tracks.1.chain[2].minutes',
      ].sort(),
    );
    expect(clientMessage(error)).toContain('config.tracks.1.chain[2].minutes');
    // Rules across fields are checked once every field is valid on its own.
    const crossField = structuredClone(configFor('alpha'));
    crossField.tracks['2'].chain.unshift({ actor: 'mv', minutes: 30, mode: 'in-person' });
    const second = await save(crossField);
    expect(fieldIssues(second as TRPCError).map((i) => i.path)).toContain(
      'config.tracks.2.chain[0].actor',
    );
    expect(await db.prisma.locationConfigRevision.count()).toBe(0);
  });

  it('a configuration outside the national frame is refused at the field that breaks it', async () => {
    const config = structuredClone(configFor('alpha'));
    config.tracks['3'].chain = config.tracks['3'].chain.filter(
      (s: { actor: string }) => s.actor !== 'skv',
    );
    const error = await (
      await as('location-admin')
    ).locations
      .updateConfig({ locationId: 'alpha', expectedVersion: 1, config, idempotencyKey: key() })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(fieldIssues(error as TRPCError).some((i) => i.path.startsWith('config.tracks.3'))).toBe(
      true,
    );
  });

  it('only that location’s admin or a national admin may change it', async () => {
    const otherAdmin = await as('location-admin', 'beta');
    const error = await otherAdmin.locations
      .updateConfig({
        locationId: 'alpha',
        expectedVersion: 1,
        config: configFor('alpha'),
        idempotencyKey: key(),
      })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('FORBIDDEN');
    const caseworker = await as('caseworker');
    expect(
      errorCode(
        await caseworker.locations.history({ locationId: 'alpha' }).catch((e: unknown) => e),
      ),
    ).toBe('FORBIDDEN');
    const national = await as('national-admin');
    const saved = await national.locations.updateConfig({
      locationId: 'alpha',
      expectedVersion: 1,
      config: configFor('alpha'),
      idempotencyKey: key(),
    });
    expect(saved.version).toBe(2);
  });
});
