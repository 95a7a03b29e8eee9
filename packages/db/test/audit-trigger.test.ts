import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/index.js';
import { createTestDatabase } from '../src/testing.js';

// Runs on PGlite, or on the PostgreSQL server when TEST_POSTGRES_URL is set.
describe('AuditEvent is append-only', () => {
  let db: Database;
  let id: bigint;
  beforeAll(async () => {
    db = await createTestDatabase();
    ({ id } = await db.prisma.auditEvent.create({
      data: { procedure: 'household.get', action: 'read', outcome: 'allowed', entity: 'Household' },
    }));
  });
  afterAll(async () => {
    await db?.close();
  });

  it('accepts new events', async () => {
    await db.prisma.auditEvent.create({
      data: { procedure: 'household.get', action: 'read', outcome: 'denied', entity: 'Household' },
    });
    expect(await db.prisma.auditEvent.count()).toBeGreaterThanOrEqual(2);
  });

  it('rejects UPDATE', async () => {
    await expect(
      db.prisma.auditEvent.update({ where: { id }, data: { outcome: 'denied' } }),
    ).rejects.toThrow(/AuditEvent is append-only: UPDATE is not allowed/);
    await expect(db.prisma.auditEvent.updateMany({ data: { outcome: 'x' } })).rejects.toThrow(
      /append-only/,
    );
  });

  it('rejects DELETE', async () => {
    await expect(db.prisma.auditEvent.delete({ where: { id } })).rejects.toThrow(
      /AuditEvent is append-only: DELETE is not allowed/,
    );
    await expect(db.prisma.auditEvent.deleteMany()).rejects.toThrow(/append-only/);
  });

  it('rejects TRUNCATE', async () => {
    await expect(db.prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(
      /AuditEvent is append-only: TRUNCATE is not allowed/,
    );
  });

  it('left the original event untouched', async () => {
    const event = await db.prisma.auditEvent.findUniqueOrThrow({ where: { id } });
    expect(event.outcome).toBe('allowed');
  });
});
