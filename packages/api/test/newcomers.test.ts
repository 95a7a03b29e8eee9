import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import { appRouter } from '../src/router.js';
import { createCallerFactory } from '../src/core/procedure.js';
import {
  clientMessage,
  contextFor,
  depsFor,
  errorCode,
  seedTwoLocations,
  userFor,
} from './support.js';

// Fictional people. The personal identity numbers are invented, with valid check digits.
const PRINCIPAL_PNR = '19860412-1007';
const PRINCIPAL_SAMORDNING = '19860472-1004'; // the same birth date, day + 60
const CHILD_PNR = '20120301-1000';

const family = () => ({
  language: 'ar',
  members: [
    {
      ref: 'principal',
      givenName: 'Prova',
      familyName: 'Demosson',
      birthDate: '1986-04-12',
      sex: 'male' as const,
      dossierNumber: '12-345678',
      permit: { chapter: 5, section: 1, grantedOn: '2026-10-01' },
      housing: 'municipality-placed' as const,
    },
    {
      ref: 'child',
      givenName: 'Lilla',
      familyName: 'Demosson',
      birthDate: '2012-03-01',
      sex: 'female' as const,
      unaccompaniedMinor: false,
      relation: { kind: 'accompanying-child' as const, toRef: 'principal' },
    },
    {
      ref: 'grandmother',
      givenName: 'Äldre',
      familyName: 'Demosson',
      birthDate: '1955-11-20',
      sex: 'female' as const,
      relation: { kind: 'family-reunification' as const, toRef: 'principal', nuclearFamily: true },
    },
  ],
});

describe('the newcomer registry', () => {
  let db: Database;
  beforeEach(async () => {
    db = await createTestDatabase();
    await seedTwoLocations(db);
  });
  afterEach(async () => {
    await db.close();
  });

  const as = async (locationId = 'alpha') =>
    createCallerFactory(appRouter)(
      await contextFor(depsFor(db), userFor('caseworker', locationId)),
    );
  const key = () => crypto.randomUUID();
  const audits = () => db.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } });

  it('registers a household with members, relations and identifiers, and audits it', async () => {
    const household = await (await as()).newcomers.register({ ...family(), idempotencyKey: key() });
    expect(household.locationId).toBe('alpha');
    expect(household.reference).toMatch(/^H-[A-Z2-9]{8}$/);
    const byName = Object.fromEntries(household.members.map((m) => [m.givenName, m]));
    expect(byName.Prova?.identifiers).toEqual([
      expect.objectContaining({ kind: 'dossier-number', value: '12345678', validTo: null }),
    ]);
    expect(byName.Lilla?.relation).toEqual({
      kind: 'accompanying-child',
      toNewcomerId: byName.Prova?.id,
      nuclearFamily: null,
    });
    expect(byName.Prova?.permit).toEqual({ chapter: 5, section: 1, grantedOn: '2026-10-01' });
    const rows = await audits();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'create',
      entity: 'household',
      householdId: household.id,
      outcome: 'allowed',
    });
  });

  it('a caseworker from another location cannot read a newcomer: FORBIDDEN, and the attempt is audited', async () => {
    const household = await (
      await as('alpha')
    ).newcomers.register({ ...family(), idempotencyKey: key() });
    const error = await (
      await as('beta')
    ).newcomers
      .get({ householdId: household.id })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('FORBIDDEN');
    const denied = (await audits()).filter((r) => r.outcome === 'denied');
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ procedure: 'newcomers.get', action: 'read' });
    const own = await (await as('alpha')).newcomers.get({ householdId: household.id });
    expect(own.members).toHaveLength(3);
  });

  it('an invalid personnummer is a BAD_REQUEST naming the field', async () => {
    const input = family();
    input.members[1] = { ...input.members[1]!, personalIdentityNumber: '20120301-1001' } as never;
    const error = await (
      await as()
    ).newcomers
      .register({ ...input, idempotencyKey: key() })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(clientMessage(error)).toMatch(
      /members\[1\]\.personalIdentityNumber: expected a valid personnummer or samordningsnummer/,
    );
    expect(
      await db.prisma.household.count({
        where: { locationId: 'alpha', reference: { startsWith: 'H-' } },
      }),
    ).toBe(0);
  });

  it.each([
    [
      'a personnummer whose birth date differs',
      { personalIdentityNumber: CHILD_PNR },
      'members[0].personalIdentityNumber',
    ],
    ['a malformed dossier number', { dossierNumber: '12-34' }, 'members[0].dossierNumber'],
    ['an impossible birth date', { birthDate: '1986-02-30' }, 'members[0].birthDate'],
    ['a misspelt fact', { housnig: 'own' }, 'members[0]'],
  ])('%s is a BAD_REQUEST naming %s', async (_what, patch, path) => {
    const input = family();
    input.members[0] = { ...input.members[0]!, ...patch } as never;
    const error = await (
      await as()
    ).newcomers
      .register({ ...input, idempotencyKey: key() })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(clientMessage(error)).toContain(path);
  });

  it('refuses a relation to nobody in the household', async () => {
    const input = family();
    input.members[1] = {
      ...input.members[1]!,
      relation: { kind: 'accompanying-child', toRef: 'nobody' },
    } as never;
    const error = await (
      await as()
    ).newcomers
      .register({ ...input, idempotencyKey: key() })
      .catch((e: unknown) => e);
    expect(clientMessage(error)).toContain('members[1].relation.toRef');
  });

  it('searches by dossier number or personnummer, within the own location only', async () => {
    const household = await (
      await as('alpha')
    ).newcomers.register({ ...family(), idempotencyKey: key() });
    const hits = await (await as('alpha')).newcomers.search({ dossierNumber: '12345678' });
    expect(hits).toEqual([
      expect.objectContaining({
        householdId: household.id,
        matchedBy: 'dossier-number',
        current: true,
      }),
    ]);
    expect(await (await as('beta')).newcomers.search({ dossierNumber: '12-345678' })).toEqual([]);
    const error = await (await as()).newcomers.search({}).catch((e: unknown) => e);
    expect(errorCode(error)).toBe('BAD_REQUEST');
  });

  it('keeps identifiers over time: a personnummer supersedes the samordningsnummer, and old numbers still find the person', async () => {
    const household = await (await as()).newcomers.register({ ...family(), idempotencyKey: key() });
    const principal = household.members.find((m) => m.givenName === 'Prova')!;
    await (
      await as()
    ).newcomers.addIdentifier({
      newcomerId: principal.id,
      personalIdentityNumber: PRINCIPAL_SAMORDNING,
      idempotencyKey: key(),
    });
    const after = await (
      await as()
    ).newcomers.addIdentifier({
      newcomerId: principal.id,
      personalIdentityNumber: PRINCIPAL_PNR,
      idempotencyKey: key(),
    });
    const byKind = Object.fromEntries(after.identifiers.map((i) => [i.kind, i]));
    expect(byKind['dossier-number']?.validTo).toBeNull();
    expect(byKind.samordningsnummer?.validTo).not.toBeNull();
    expect(byKind.personnummer).toMatchObject({ value: '198604121007', validTo: null });
    const old = await (await as()).newcomers.search({ personalIdentityNumber: '860472-1004' });
    expect(old).toEqual([
      expect.objectContaining({ matchedBy: 'samordningsnummer', current: false }),
    ]);
  });

  it('a number already registered to someone else is a CONFLICT naming the field', async () => {
    await (await as()).newcomers.register({ ...family(), idempotencyKey: key() });
    const error = await (
      await as()
    ).newcomers
      .register({ ...family(), idempotencyKey: key() })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('CONFLICT');
    expect(clientMessage(error)).toMatch(/^members\[0\]\.dossierNumber:/);
  });

  it('assesses every member and stores the rule set and the date', async () => {
    const household = await (await as()).newcomers.register({ ...family(), idempotencyKey: key() });
    const result = await (
      await as()
    ).newcomers.assess({ householdId: household.id, onDate: '2026-11-23', idempotencyKey: key() });
    const names = new Map(household.members.map((m) => [m.id, m.givenName]));
    const byName = Object.fromEntries(
      result.members.map((m) => [names.get(m.newcomerId), m.assessment]),
    );
    expect(byName.Prova).toMatchObject({
      inTargetGroup: true,
      category: 'principal',
      ruleSet: '2016-07-28',
      assessedOn: '2026-11-23',
    });
    expect(byName.Lilla).toMatchObject({ inTargetGroup: true, category: 'accompanying-child' });
    expect(byName['Äldre']).toMatchObject({
      inTargetGroup: true,
      category: 'family-reunification-65-plus',
      pensionRelevant: true,
    });
    const permit = byName.Prova?.conditions.find(
      (condition: { code: string }) => condition.code === 'PERMIT_BASIS',
    );
    expect(permit?.legalRef).toMatch(/utlänningslagen \(2005:716\) 5 kap\. 1 §/);
    const stored = await db.prisma.targetGroupAssessment.findMany();
    expect(stored).toHaveLength(3);
    expect(
      stored.every(
        (s) => s.ruleSet === '2016-07-28' && s.assessedOn.toISOString().startsWith('2026-11-23'),
      ),
    ).toBe(true);
    const reread = await (await as()).newcomers.get({ householdId: household.id });
    expect(reread.members.every((m) => m.latestAssessment?.ruleSet === '2016-07-28')).toBe(true);
  });

  it('says unknown, naming the fact, when housing is not known; relatives follow', async () => {
    const input = family();
    delete (input.members[0] as { housing?: unknown }).housing;
    const household = await (await as()).newcomers.register({ ...input, idempotencyKey: key() });
    const result = await (
      await as()
    ).newcomers.assess({ householdId: household.id, onDate: '2026-11-23', idempotencyKey: key() });
    const principal = result.members.find(
      (m) =>
        m.assessment.category !== 'accompanying-child' &&
        m.assessment.missingFacts.includes('housing'),
    );
    expect(principal?.assessment).toMatchObject({ inTargetGroup: 'unknown', category: 'unknown' });
    expect(result.members.filter((m) => m.assessment.inTargetGroup === 'unknown')).toHaveLength(3);
  });

  it('a date before the first rule set is a BAD_REQUEST naming onDate', async () => {
    const household = await (await as()).newcomers.register({ ...family(), idempotencyKey: key() });
    const error = await (
      await as()
    ).newcomers
      .assess({ householdId: household.id, onDate: '2016-07-27', idempotencyKey: key() })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(clientMessage(error)).toMatch(/^onDate:/);
  });

  it('facts learnt later are recorded with an optimistic version: a stale write is a CONFLICT', async () => {
    const input = family();
    delete (input.members[0] as { housing?: unknown }).housing;
    const household = await (await as()).newcomers.register({ ...input, idempotencyKey: key() });
    const principal = household.members.find((m) => m.givenName === 'Prova')!;
    const updated = await (
      await as()
    ).newcomers.updateFacts({
      newcomerId: principal.id,
      expectedVersion: principal.version,
      facts: { housing: 'own' },
      idempotencyKey: key(),
    });
    expect(updated).toMatchObject({ housing: 'own', version: principal.version + 1 });
    const stale = await (
      await as()
    ).newcomers
      .updateFacts({
        newcomerId: principal.id,
        expectedVersion: principal.version,
        facts: { housing: 'other' },
        idempotencyKey: key(),
      })
      .catch((e: unknown) => e);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(
      (await (await as()).newcomers.get({ householdId: household.id })).members.find(
        (m) => m.id === principal.id,
      )?.housing,
    ).toBe('own');
  });

  it('writes one audit event per access, reads and writes alike', async () => {
    const c = await as();
    const household = await c.newcomers.register({ ...family(), idempotencyKey: key() });
    await c.newcomers.get({ householdId: household.id });
    await c.newcomers.search({ dossierNumber: '12345678' });
    await c.newcomers.assess({
      householdId: household.id,
      onDate: '2026-11-23',
      idempotencyKey: key(),
    });
    const rows = await audits();
    expect(rows.map((r) => `${r.procedure}:${r.action}`)).toEqual([
      'newcomers.register:create',
      'newcomers.get:read',
      'newcomers.search:read',
      'newcomers.assess:create',
    ]);
    expect(rows.every((r) => r.householdId === household.id && r.actorRole === 'caseworker')).toBe(
      true,
    );
  });
});
