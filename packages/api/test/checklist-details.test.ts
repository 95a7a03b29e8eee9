import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import { fieldIssues } from '../src/core/error-format.js';
import { clientMessage, errorCode, fixtureCallers, seedTwoLocations } from './support.js';

describe('checklist item details', () => {
  let db: Database;
  let fixture: Awaited<ReturnType<typeof seedTwoLocations>>;
  beforeEach(async () => {
    db = await createTestDatabase();
    fixture = await seedTwoLocations(db);
  });
  afterEach(async () => {
    await db.close();
  });

  const { caseworker, newcomer } = fixtureCallers(
    () => db,
    () => fixture,
  );
  const key = () => crypto.randomUUID();
  const householdId = () => fixture.household.id;
  /** The household's item with this code (the fixture's one adult has one of each AF item). */
  const itemWith = async (code: string) => {
    const view = await (await newcomer()).newcomer.checklist();
    const item = view.items.find((i) => i.code === code);
    if (!item) throw new Error(`no ${code} item`);
    return item;
  };
  type Update = {
    expectedVersion?: number;
    status?: 'todo' | 'done' | 'follow-up';
    details?: unknown;
  };
  /** checklist.updateItem on the fixture household's item, as `who` (AF at alpha unless said). */
  const updateItem = async (itemId: string, update: Update, who = caseworker('af')) =>
    (await who).checklist.updateItem({
      householdId: householdId(),
      itemId,
      expectedVersion: update.expectedVersion ?? 1,
      status: update.status ?? 'done',
      ...(update.details === undefined
        ? {}
        : { details: update.details as Record<string, unknown> }),
      idempotencyKey: key(),
    });
  /** The error an attempt fails with. */
  const refusal = (attempt: Promise<unknown>) => attempt.catch((e: unknown) => e);
  const storedDetails = async (itemId: string) =>
    (await db.prisma.checklistItem.findFirstOrThrow({ where: { itemKey: itemId } })).details;

  it('every item starts with {} details, in every view', async () => {
    const mine = await (await newcomer()).newcomer.checklist();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i) => JSON.stringify(i.details) === '{}')).toBe(true);
    const af = await (await caseworker('af')).checklist.get({ householdId: householdId() });
    expect(af.items.every((i) => JSON.stringify(i.details) === '{}')).toBe(true);
  });

  it('saves valid details, returns them, and shows them to every reader', async () => {
    const item = await itemWith('establishment-benefit');
    const af = await caseworker('af');
    const saved = await updateItem(item.id, {
      status: 'follow-up',
      details: { applicationStatus: 'applied' },
    });
    expect(saved).toMatchObject({ version: 2, details: { applicationStatus: 'applied' } });
    expect(await storedDetails(item.id)).toEqual({ applicationStatus: 'applied' });

    const view = await af.checklist.get({ householdId: householdId() });
    expect(view.items.find((i) => i.id === item.id)?.details).toEqual({
      applicationStatus: 'applied',
    });
    expect((await itemWith('establishment-benefit')).details).toEqual({
      applicationStatus: 'applied',
    });
    // Other items are untouched.
    expect((await itemWith('grades-assessment')).details).toEqual({});
  });

  it('replaces the whole object; leaving details out keeps them', async () => {
    const item = await itemWith('grades-assessment');
    const update = (expectedVersion: number, details?: Record<string, unknown>) =>
      updateItem(item.id, { expectedVersion, status: 'follow-up', details });
    await update(1, { documents: ['school-grades', 'work-certificate'], submitted: false });
    const kept = await update(2);
    expect(kept.details).toEqual({
      documents: ['school-grades', 'work-certificate'],
      submitted: false,
    });
    const replaced = await update(3, { submitted: true });
    expect(replaced.details).toEqual({ submitted: true });
    expect(await storedDetails(item.id)).toEqual({ submitted: true });

    // The audit record names the keys that changed, not their values.
    const audits = await db.prisma.auditEvent.findMany({
      where: { entity: 'checklist-item', entityId: item.id, action: 'update' },
      orderBy: { id: 'asc' },
    });
    expect(audits.map((a) => (a.detail as { detailsChanged?: string[] }).detailsChanged)).toEqual([
      ['documents', 'submitted'],
      undefined,
      ['documents', 'submitted'],
    ]);
    expect(JSON.stringify(audits.map((a) => a.detail))).not.toContain('school-grades');
  });

  it('a wrong value is a 400 naming details.<field> and what was expected; nothing is saved', async () => {
    const item = await itemWith('establishment-benefit');
    const error = await refusal(
      updateItem(item.id, { details: { applicationStatus: 'submitted' } }),
    );
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(getHTTPStatusCodeFromError(error as TRPCError)).toBe(400);
    expect(fieldIssues(error as TRPCError)).toEqual([
      {
        path: 'details.applicationStatus',
        message: 'expected one of: not-applied, applied, decided',
      },
    ]);
    expect(clientMessage(error)).toContain('details.applicationStatus');
    const row = await db.prisma.checklistItem.findFirstOrThrow({ where: { itemKey: item.id } });
    expect(row).toMatchObject({ version: 1, status: 'todo', details: {} });
  });

  it('a field of another code, or a misspelt one, is refused by name', async () => {
    const item = await itemWith('establishment-meeting');
    const error = await refusal(
      updateItem(item.id, {
        details: { experience: 'Snickare i tio år', permitCardHandedOver: true },
      }),
    );
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(fieldIssues(error as TRPCError).map((i) => i.path)).toEqual([
      'details.permitCardHandedOver',
    ]);
  });

  it('details that are not an object are refused at the edge', async () => {
    const item = await itemWith('establishment-benefit');
    const error = await refusal(updateItem(item.id, { details: ['applied'] }));
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(clientMessage(error)).toContain('details');
  });

  it('a stale expectedVersion with details is a CONFLICT and the stored details stay', async () => {
    const item = await itemWith('establishment-benefit');
    // Two AF caseworkers' sessions, both having read version 1.
    await updateItem(item.id, { status: 'follow-up', details: { applicationStatus: 'applied' } });
    const error = await refusal(updateItem(item.id, { details: { applicationStatus: 'decided' } }));
    expect(errorCode(error)).toBe('CONFLICT');
    const row = await db.prisma.checklistItem.findFirstOrThrow({ where: { itemKey: item.id } });
    expect(row).toMatchObject({
      version: 2,
      status: 'follow-up',
      details: { applicationStatus: 'applied' },
    });
  });

  it('parallel detail updates with one version: exactly one is stored, whole', async () => {
    const item = await itemWith('grades-assessment');
    const af = caseworker('af');
    const attempts = [
      { documents: ['school-grades'], submitted: true },
      { documents: ['university-degree'] },
      { submitted: false },
      { documents: ['vocational-certificate', 'work-certificate'], submitted: true },
    ];
    const results = await Promise.allSettled(
      attempts.map((details) => updateItem(item.id, { status: 'follow-up', details }, af)),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.every((r) => errorCode(r.reason) === 'CONFLICT')).toBe(true);
    expect(attempts).toContainEqual(await storedDetails(item.id));
  });

  it('another agency cannot set details on an item it does not own', async () => {
    const item = await itemWith('establishment-benefit');
    for (const [agency, locationId, code] of [
      ['skv', 'alpha', 'FORBIDDEN'], // same location, other agency's item
      ['af', 'beta', 'FORBIDDEN'], // same agency, other location's household
    ] as const) {
      // Valid details: the refusal is about ownership, not the value.
      const error = await refusal(
        updateItem(
          item.id,
          { details: { applicationStatus: 'decided' } },
          caseworker(agency, locationId),
        ),
      );
      expect(errorCode(error), `${agency}@${locationId}`).toBe(code);
    }
    // Even an invalid value from another agency is refused for ownership first: what is wrong
    // with an item's details is not told to someone who may not change it.
    const error = await refusal(
      updateItem(item.id, { details: { nonsense: 1 } }, caseworker('skv')),
    );
    expect(errorCode(error)).toBe('FORBIDDEN');
    const row = await db.prisma.checklistItem.findFirstOrThrow({ where: { itemKey: item.id } });
    expect(row).toMatchObject({ version: 1, details: {} });
  });
});
