import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import { errorCode, fixtureCallers, seedTwoLocations, userFor } from './support.js';

describe('the checklist API', () => {
  let db: Database;
  let fixture: Awaited<ReturnType<typeof seedTwoLocations>>;
  beforeEach(async () => {
    db = await createTestDatabase();
    fixture = await seedTwoLocations(db);
  });
  afterEach(async () => {
    await db.close();
  });

  const { caller, caseworker, newcomer } = fixtureCallers(
    () => db,
    () => fixture,
  );
  const key = () => crypto.randomUUID();
  const householdId = () => fixture.household.id;

  it('builds the checklist from the visit; the newcomer sees all of it', async () => {
    const view = await (await newcomer()).newcomer.checklist();
    const actors = new Set(view.items.map((i) => i.actor));
    expect(actors.has('af')).toBe(true);
    expect(actors.has('skv')).toBe(true);
    expect(actors.has('mv')).toBe(false); // spår 2: no decision notification
    expect(view.hiddenCount).toBe(0);
    expect(view.items.find((i) => i.actor === 'skv')?.label.sv).toBeTruthy();
    // Building again never duplicates.
    const again = await (await newcomer()).newcomer.checklist();
    expect(again.items.map((i) => i.id)).toEqual(view.items.map((i) => i.id));
    expect(await db.prisma.checklistItem.count()).toBe(view.items.length);
  });

  it('a caseworker sees their agency’s items and only a count of the others, until the newcomer grants access', async () => {
    const af = await caseworker('af');
    const before = await af.checklist.get({ householdId: householdId() });
    expect(before.items.length).toBeGreaterThan(0);
    expect(before.items.every((i) => i.actor === 'af')).toBe(true);
    expect(before.hiddenCount).toBeGreaterThan(0);
    expect(JSON.stringify(before)).not.toMatch(/skv/);

    const until = new Date(Date.now() + 3600_000).toISOString();
    const grant = await (
      await newcomer()
    ).checklist.grant({ grantee: 'af', until, idempotencyKey: key() });
    const after = await af.checklist.get({ householdId: householdId() });
    expect(after.items.some((i) => i.actor === 'skv')).toBe(true);
    expect(after.hiddenCount).toBe(0);

    await (await newcomer()).checklist.revoke({ grantId: grant.id, idempotencyKey: key() });
    const revoked = await af.checklist.get({ householdId: householdId() });
    expect(revoked.items.every((i) => i.actor === 'af')).toBe(true);
    expect(revoked.hiddenCount).toBe(before.hiddenCount);
  });

  it('an agency updates only its own items', async () => {
    const view = await (await newcomer()).newcomer.checklist();
    const skvItem = view.items.find((i) => i.actor === 'skv')!;
    const error = await (
      await caseworker('af')
    ).checklist
      .updateItem({
        householdId: householdId(),
        itemId: skvItem.id,
        expectedVersion: 1,
        status: 'done',
        idempotencyKey: key(),
      })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('FORBIDDEN');
    const done = await (
      await caseworker('skv')
    ).checklist.updateItem({
      householdId: householdId(),
      itemId: skvItem.id,
      expectedVersion: 1,
      status: 'done',
      note: 'Anmälan om flytt till Sverige inlämnad',
      idempotencyKey: key(),
    });
    expect(done).toMatchObject({ status: 'done', version: 2 });
  });

  it('50 parallel updates of one item with the same expectedVersion: exactly one succeeds', async () => {
    const view = await (await newcomer()).newcomer.checklist();
    const item = view.items.find((i) => i.actor === 'af')!;
    const af = await caseworker('af');
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, n) =>
        af.checklist.updateItem({
          householdId: householdId(),
          itemId: item.id,
          expectedVersion: 1,
          status: 'done',
          note: `try ${n}`,
          idempotencyKey: key(),
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.every((r) => errorCode(r.reason) === 'CONFLICT')).toBe(true);
    const row = await db.prisma.checklistItem.findFirstOrThrow({ where: { itemKey: item.id } });
    expect(row.version).toBe(2);
  });

  it('the number of audit events equals the number of reads, denied reads included', async () => {
    const start = await db.prisma.auditEvent.count();
    const reads: Array<Promise<unknown>> = [];
    const af = await caseworker('af');
    const other = await caseworker('af', 'beta');
    const analyst = await caller(userFor('analyst'));
    for (let i = 0; i < 3; i++) reads.push(af.checklist.get({ householdId: householdId() }));
    for (let i = 0; i < 2; i++)
      reads.push(other.checklist.get({ householdId: householdId() }).catch(() => 'denied'));
    reads.push(analyst.checklist.get({ householdId: householdId() }).catch(() => 'denied'));
    reads.push((await newcomer()).newcomer.checklist());
    const outcomes = await Promise.all(reads);
    expect(outcomes.filter((o) => o === 'denied')).toHaveLength(3);
    const events = await db.prisma.auditEvent.findMany({ orderBy: { id: 'asc' }, skip: start });
    expect(events).toHaveLength(reads.length);
    expect(events.filter((e) => e.outcome === 'denied')).toHaveLength(3);
    const shown = events.find((e) => e.outcome === 'allowed' && e.actorAgency === 'af');
    expect((shown?.detail as { items: string[] }).items.length).toBeGreaterThan(0);
  });

  it('plans that cannot all hold are flagged, to those who may see both', async () => {
    const memberId = fixture.household.members[0]!.id;
    await (
      await caseworker('af')
    ).checklist.plans.upsert({
      householdId: householdId(),
      memberId,
      kind: 'work-placement',
      hoursPerWeek: 40,
      from: '2026-12-01',
      idempotencyKey: key(),
    });
    await (
      await caseworker('kommun')
    ).checklist.plans.upsert({
      householdId: householdId(),
      memberId,
      kind: 'sfi',
      hoursPerWeek: 15,
      from: '2026-12-01',
      until: '2027-03-01',
      idempotencyKey: key(),
    });
    expect(
      await (await caseworker('af')).checklist.conflicts({ householdId: householdId() }),
    ).toEqual([]);
    const mine = await (await newcomer()).newcomer.checklist();
    expect(mine.conflicts.length).toBeGreaterThan(0);
    expect(mine.conflicts[0]?.explanation.sv.length).toBeGreaterThan(10);

    // The plans themselves follow the same line: the newcomer sees both, each agency its own,
    // and AF sees the municipality's once the newcomer grants it.
    expect(mine.plans.map((p) => p.actor).sort()).toEqual(['af', 'kommun']);
    const af = await caseworker('af');
    const before = await af.checklist.get({ householdId: householdId() });
    expect(before.plans.map((p) => [p.actor, p.kind, p.hoursPerWeek])).toEqual([
      ['af', 'work-placement', 40],
    ]);
    const until = new Date(Date.now() + 3600_000).toISOString();
    await (await newcomer()).checklist.grant({ grantee: 'af', until, idempotencyKey: key() });
    const after = await af.checklist.get({ householdId: householdId() });
    expect(after.plans.map((p) => p.actor).sort()).toEqual(['af', 'kommun']);
    expect(after.conflicts.length).toBeGreaterThan(0);
  });
});
