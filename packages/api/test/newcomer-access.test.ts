import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import type { SessionUser } from '@motesplats/contracts';
import { appRouter } from '../src/router.js';
import { createCallerFactory } from '../src/core/procedure.js';
import { sealSecretOf, unsealAccessCode } from '../src/auth/sealed-code.js';
import {
  clientMessage,
  contextFor,
  depsFor,
  errorCode,
  seedTwoLocations,
  userFor,
} from './support.js';

describe('newcomer access, consent and the audit trail', () => {
  let db: Database;
  let fixture: Awaited<ReturnType<typeof seedTwoLocations>>;
  let clock: Date;
  beforeEach(async () => {
    db = await createTestDatabase();
    fixture = await seedTwoLocations(db);
    clock = new Date();
  });
  afterEach(async () => {
    await db.close();
  });

  const deps = () => depsFor(db, { now: () => clock });
  const as = async (user: SessionUser | null) => {
    const ctx = await contextFor(deps(), user);
    return { caller: createCallerFactory(appRouter)(ctx), cookies: ctx.cookies };
  };
  const key = () => crypto.randomUUID();
  const issueCode = async () =>
    (await as(userFor('caseworker'))).caller.newcomer.rotateAccessCode({
      householdId: fixture.household.id,
      idempotencyKey: key(),
    });
  const newcomerUser = (): SessionUser => ({
    id: fixture.household.id,
    displayName: 'Testa',
    role: 'newcomer',
    agency: null,
    locationId: 'alpha',
  });

  it('a caseworker issues a high-entropy code; only its hash is stored; rotating invalidates the old one', async () => {
    const first = await issueCode();
    expect(first.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const stored = await db.prisma.newcomerAccess.findUniqueOrThrow({
      where: { householdId: fixture.household.id },
    });
    expect(JSON.stringify(stored)).not.toContain(first.code.slice(5));
    // A sealed copy lets the invitation be printed again with the same code (ADR 0006).
    expect(unsealAccessCode(sealSecretOf(deps()), fixture.household.id, stored.sealedCode!)).toBe(
      first.code,
    );
    const second = await issueCode();
    const anonymous = await as(null);
    await expect(anonymous.caller.newcomer.login({ code: first.code })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const user = await anonymous.caller.newcomer.login({
      code: second.code.toLowerCase().replace(/-/g, ' '),
    });
    expect(user).toMatchObject({ role: 'newcomer', id: fixture.household.id, locationId: 'alpha' });
    expect(anonymous.cookies.at(-1)).toBeTruthy();
  });

  it('locks a code after 10 wrong tries for 15 minutes, then lets it in again', async () => {
    const { code } = await issueCode();
    const wrong = `${code.slice(0, 5)}AAAA-AAAA-AAAA`;
    for (let i = 0; i < 10; i++) {
      clock = new Date(clock.getTime() + 1000);
      const error = await (
        await as(null)
      ).caller.newcomer
        .login({ code: wrong })
        .catch((e: unknown) => e);
      expect(errorCode(error)).toBe('UNAUTHORIZED');
    }
    const locked = await (await as(null)).caller.newcomer.login({ code }).catch((e: unknown) => e);
    expect(errorCode(locked)).toBe('TOO_MANY_REQUESTS');
    expect(clientMessage(locked)).toMatch(/Try again in 15 minutes/);
    clock = new Date(clock.getTime() + 14 * 60_000);
    expect(
      errorCode(await (await as(null)).caller.newcomer.login({ code }).catch((e: unknown) => e)),
    ).toBe('TOO_MANY_REQUESTS');
    clock = new Date(clock.getTime() + 2 * 60_000);
    await expect((await as(null)).caller.newcomer.login({ code })).resolves.toMatchObject({
      role: 'newcomer',
    });
  });

  it('locks an IP address after 10 wrong codes, whatever the codes', async () => {
    for (let i = 0; i < 10; i++) {
      await (
        await as(null)
      ).caller.newcomer
        .login({ code: `Z${String(i).padStart(3, '0')}-AAAA-AAAA-AAAA` })
        .catch(() => undefined);
    }
    const { code } = await issueCode();
    expect(
      errorCode(await (await as(null)).caller.newcomer.login({ code }).catch((e: unknown) => e)),
    ).toBe('TOO_MANY_REQUESTS');
  });

  it('the newcomer grants and revokes in the app; revocation takes effect at once', async () => {
    const { caller } = await as(newcomerUser());
    const until = new Date(clock.getTime() + 7 * 24 * 3600_000).toISOString();
    const grant = await caller.checklist.grant({ grantee: 'af', until, idempotencyKey: key() });
    expect(grant).toMatchObject({
      grantee: 'af',
      active: true,
      grantedVia: 'app',
      householdId: fixture.household.id,
    });
    const revoked = await caller.checklist.revoke({ grantId: grant.id, idempotencyKey: key() });
    expect(revoked.active).toBe(false);
    expect((await caller.checklist.grants({})).map((g) => g.active)).toEqual([false]);
  });

  it('at the desk a caseworker needs the newcomer’s own code, and a wrong one counts towards the lockout', async () => {
    const { code } = await issueCode();
    const desk = (await as(userFor('caseworker'))).caller;
    const until = new Date(clock.getTime() + 3600_000).toISOString();
    const missing = await desk.checklist
      .grant({ householdId: fixture.household.id, grantee: 'skv', until, idempotencyKey: key() })
      .catch((e: unknown) => e);
    expect(errorCode(missing)).toBe('BAD_REQUEST');
    const wrong = await desk.checklist
      .grant({
        householdId: fixture.household.id,
        accessCode: `${code.slice(0, 5)}AAAA-AAAA-AAAA`,
        grantee: 'skv',
        until,
        idempotencyKey: key(),
      })
      .catch((e: unknown) => e);
    expect(errorCode(wrong)).toBe('UNAUTHORIZED');
    expect((await db.prisma.loginThrottle.findMany()).map((t) => t.failures)).toEqual([1, 1]);
    const grant = await desk.checklist.grant({
      householdId: fixture.household.id,
      accessCode: code,
      grantee: 'skv',
      until,
      idempotencyKey: key(),
    });
    expect(grant).toMatchObject({ grantedVia: 'desk', active: true });
  });

  it('a grant cannot last more than a year or end in the past', async () => {
    const { caller } = await as(newcomerUser());
    const past = await caller.checklist
      .grant({
        grantee: 'af',
        until: new Date(clock.getTime() - 1000).toISOString(),
        idempotencyKey: key(),
      })
      .catch((e: unknown) => e);
    expect(clientMessage(past)).toMatch(/^Invalid input: until:/);
  });

  it('audit.forNewcomer: the newcomer sees who looked at their data; a national admin sees anyone’s; others may not', async () => {
    await (
      await as(userFor('caseworker'))
    ).caller.newcomers.get({ householdId: fixture.household.id });
    const mine = await (await as(newcomerUser())).caller.audit.forNewcomer({});
    expect(mine.map((e) => `${e.procedure}:${e.who.role}`)).toContain('newcomers.get:caseworker');
    const national = await (
      await as(userFor('national-admin'))
    ).caller.audit.forNewcomer({ householdId: fixture.household.id });
    expect(national.length).toBeGreaterThan(mine.length - 1);
    expect(national.map((e) => e.procedure)).toContain('audit.forNewcomer');
    const other = await (
      await as(newcomerUser())
    ).caller.audit
      .forNewcomer({ householdId: crypto.randomUUID() })
      .catch((e: unknown) => e);
    expect(errorCode(other)).toBe('FORBIDDEN');
    const caseworker = await (
      await as(userFor('caseworker'))
    ).caller.audit
      .forNewcomer({ householdId: fixture.household.id })
      .catch((e: unknown) => e);
    expect(errorCode(caseworker)).toBe('FORBIDDEN');
  });
});
