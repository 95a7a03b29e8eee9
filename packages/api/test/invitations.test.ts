import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database, Prisma } from '@motesplats/db';
import { INVITATION_LANGUAGES, type InvitationDto } from '@motesplats/contracts';
import { LOCALES } from '@motesplats/i18n';
import {
  DEMO_CONFIG,
  parseLocationConfig,
  type LocationConfig,
  type TrackId,
} from '@motesplats/location-config';
import { chainFor, createVisit, transition } from '@motesplats/tracks';
import { appRouter } from '../src/router.js';
import { createCallerFactory } from '../src/core/procedure.js';
import { fieldIssues } from '../src/core/error-format.js';
import { bringList } from '../src/routers/invitations/bring-list.js';
import { composeInvitation } from '../src/routers/invitations/compose-invitation.js';
import { placeOf } from '../src/routers/invitations/place.js';
import { contextFor, depsFor, errorCode, userFor } from './support.js';

// Everything below is invented: the location, its addresses and the people.
const DAY = '2030-03-12'; // a Tuesday
const ADULT = { givenName: 'Prova', familyName: 'Påhittadsson', birthDate: '1988-02-14' };
const CHILD = { givenName: 'Lilla', familyName: 'Påhittadsson', birthDate: '2019-06-03' };

const CONFIG: LocationConfig = {
  ...DEMO_CONFIG,
  id: 'alpha',
  name: 'Mötesplats Alfa',
  branches: [
    {
      id: 'strandby',
      name: 'Mötesplats Filial Strandby',
      address: { street: 'Provvägen 4', postalCode: '999 98', city: 'Strandby' },
      actors: ['mv', 'af', 'fk', 'skv', 'kommun'],
    },
  ],
};

/** A visit's state as the state machine makes it: planned for the household, then booked. */
function bookedState(id: string, track: TrackId, time: string) {
  const chain = chainFor(CONFIG, track, {
    onDate: DAY,
    members: [ADULT, CHILD].map(({ birthDate }) => ({ birthDate })),
  });
  if (!chain.ok) throw new Error(chain.error.message);
  const created = createVisit({ id, locationId: 'alpha', track, steps: chain.steps });
  if (!created.ok) throw new Error(created.error.message);
  const booked = transition(created.visit, {
    type: 'book',
    at: new Date().toISOString(),
    by: { actor: track === '1' ? 'mv' : 'af', caseworkerId: 'caseworker-test' },
    date: DAY,
    time,
  });
  if (!booked.ok) throw new Error(booked.error.message);
  return booked.visit;
}

async function seed(db: Database) {
  await db.prisma.location.create({
    data: {
      id: 'alpha',
      name: CONFIG.name,
      municipalityCode: CONFIG.municipality.code,
      config: CONFIG as unknown as Prisma.InputJsonValue,
    },
  });
  const household = await db.prisma.household.create({
    data: {
      locationId: 'alpha',
      reference: 'INV-TEST-1',
      language: 'ti',
      members: {
        create: [ADULT, CHILD].map((m, i) => ({
          givenName: m.givenName,
          familyName: m.familyName,
          birthDate: new Date(`${m.birthDate}T00:00:00Z`),
          sex: i === 0 ? 'female' : 'male',
        })),
      },
    },
  });
  const visit = async (
    track: 1 | 2 | 3,
    venue: { venueKind: string; venueId?: string },
    withState = true,
  ) => {
    const id = randomUUID();
    const time = track === 1 ? '10:00' : '09:30';
    await db.prisma.visit.create({
      data: {
        id,
        locationId: 'alpha',
        householdId: household.id,
        date: new Date(`${DAY}T00:00:00Z`),
        startTime: time,
        track,
        invitingAgency: track === 1 ? 'mv' : track === 2 ? 'af' : 'kommun',
        ...(withState
          ? {
              state: bookedState(id, `${track}`, time) as unknown as Prisma.InputJsonValue,
            }
          : {}),
        ...venue,
      },
    });
    return id;
  };
  return {
    household,
    main: await visit(2, { venueKind: 'main' }),
    branch: await visit(1, { venueKind: 'branch', venueId: 'strandby' }),
    legacy: await visit(3, { venueKind: 'main' }, false),
  };
}

/** Every string in the DTO, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('invitations.get', () => {
  let db: Database;
  let ids: Awaited<ReturnType<typeof seed>>;
  beforeEach(async () => {
    db = await createTestDatabase();
    ids = await seed(db);
  });
  afterEach(async () => {
    await db.close();
  });

  const as = async (locationId = 'alpha') =>
    createCallerFactory(appRouter)(
      await contextFor(depsFor(db), userFor('caseworker', locationId)),
    );
  const audits = () => db.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } });

  it('renders a complete Swedish invitation for a spår 2 visit at the main venue', async () => {
    const sv = await (await as()).invitations.get({ visitId: ids.main, language: 'sv' });
    expect(sv).toMatchObject({
      visitId: ids.main,
      language: 'sv',
      dir: 'ltr',
      needsReview: false,
      track: 2,
      title: 'Kallelse till Mötesplats och information',
      date: DAY,
      time: '09:30',
      when: 'När: tisdag 12 mars 2030 klockan 09:30',
      where: 'Var: Servicekontoret, Exempelgatan 1, 999 99 Demoby',
      place: {
        venue: 'main',
        name: 'Servicekontoret Demoby',
        street: 'Exempelgatan 1',
        postalCode: '999 99',
        city: 'Demoby',
        directions: CONFIG.venue.address.directions,
      },
      directions: `Hitta hit: ${CONFIG.venue.address.directions}`,
      meetHeading: 'Du träffar',
      bringHeading: 'Ta med dig',
      hours: 3,
      interpreter: 'Det finns tolk på plats.',
    });
    expect(sv.intro).toContain('Välkommen till Mötesplats Alfa.');
    expect(sv.duration).toMatch(/^Besöket tar flera timmar, ungefär 3 timmar\./);
    // PM only for someone aged 65 or over: not this household.
    expect(sv.meet.map((m) => [m.actor, m.name])).toEqual([
      ['af', 'Arbetsförmedlingen'],
      ['fk', 'Försäkringskassan'],
      ['skv', 'Skatteverket'],
      ['kommun', 'Kommunen'],
    ]);
    expect(sv.bring).toEqual([
      { item: 'identity', text: 'Pass eller annan identitetshandling för alla som kommer' },
      { item: 'permitCard', text: 'Ditt kort om uppehållstillstånd (UT-kort)' },
      { item: 'decision', text: 'Beslutet om uppehållstillstånd' },
      { item: 'certificates', text: 'Betyg, intyg och examensbevis från skola och arbete' },
      { item: 'childrenDocuments', text: 'Handlingar om barnen, till exempel födelsebevis' },
    ]);
    expect(sv.addressees).toEqual([
      { givenName: 'Prova', familyName: 'Påhittadsson' },
      { givenName: 'Lilla', familyName: 'Påhittadsson' },
    ]);
  });

  it('renders the same invitation in English', async () => {
    const en = await (await as()).invitations.get({ visitId: ids.main, language: 'en' });
    expect(en).toMatchObject({
      language: 'en',
      dir: 'ltr',
      needsReview: false,
      title: 'Invitation to Mötesplats och information',
      when: 'When: Tuesday, 12 March 2030 at 09:30',
      where: 'Where: the service office (Servicekontoret), Exempelgatan 1, 999 99 Demoby',
      meetHeading: 'You will meet',
      bringHeading: 'Please bring',
      interpreter: 'An interpreter will be there.',
    });
    expect(en.duration).toMatch(/^The visit takes several hours, about 3 hours\./);
    expect(en.meet.map((m) => m.name)).toEqual([
      'the Swedish Public Employment Service (Arbetsförmedlingen)',
      'the Swedish Social Insurance Agency (Försäkringskassan)',
      'the Swedish Tax Agency (Skatteverket)',
      'the municipality (kommunen)',
    ]);
    expect(en.bring.map((b) => b.text)).toContain('The decision on your residence permit');
  });

  it('renders Arabic right to left and flags it for review', async () => {
    const ar = await (await as()).invitations.get({ visitId: ids.main, language: 'ar' });
    expect(ar.dir).toBe('rtl');
    expect(ar.needsReview).toBe(true);
    expect(ar.when).toContain('09:30');
    expect(ar.where).toContain('Exempelgatan 1, 999 99 Demoby');
  });

  it('renders every one of the six languages with no placeholder left', async () => {
    const caller = await as();
    for (const language of INVITATION_LANGUAGES) {
      const invitation: InvitationDto = await caller.invitations.get({
        visitId: ids.main,
        language,
      });
      expect(invitation.language).toBe(language);
      expect(invitation.meet).toHaveLength(4);
      expect(invitation.bring).toHaveLength(5);
      for (const text of strings(invitation)) {
        expect(text, `${language}: ${text}`).not.toMatch(/[{}]/);
      }
      // The Gregorian year, in Latin or Persian digits: never the Solar Hijri calendar (1408).
      expect(invitation.when, language).toMatch(/2030|۲۰۳۰/);
      expect(invitation.needsReview, language).toBe(language !== 'sv' && language !== 'en');
    }
  });

  it("a visit at a branch shows the branch's address; spår 1 brings no decision", async () => {
    const sv = await (await as()).invitations.get({ visitId: ids.branch, language: 'sv' });
    expect(sv.where).toBe('Var: Servicekontoret i Strandby, Provvägen 4, 999 98 Strandby');
    expect(sv.place).toEqual({
      venue: 'branch',
      name: 'Mötesplats Filial Strandby',
      street: 'Provvägen 4',
      postalCode: '999 98',
      city: 'Strandby',
      directions: null,
    });
    expect(sv.directions).toBeNull();
    expect(sv.time).toBe('10:00');
    expect(sv.meet.map((m) => m.actor)).toEqual(['mv', 'af', 'fk', 'skv', 'kommun']);
    expect(sv.bring.map((b) => b.item)).toEqual([
      'identity',
      'permitCard',
      'certificates',
      'childrenDocuments',
    ]);
    expect(sv.hours).toBe(4);
  });

  it('a legacy visit without state renders from its columns and the default chain', async () => {
    const sv = await (await as()).invitations.get({ visitId: ids.legacy, language: 'sv' });
    expect(sv.track).toBe(3);
    expect(sv.date).toBe(DAY);
    expect(sv.meet.map((m) => m.actor)).toEqual(['af', 'fk', 'skv', 'kommun']);
    expect(sv.bring.map((b) => b.item)).toContain('decision');
    expect(sv.hours).toBe(3);
  });

  it('audits one read of the invitation', async () => {
    await (await as()).invitations.get({ visitId: ids.main, language: 'so' });
    const rows = await audits();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      procedure: 'invitations.get',
      action: 'read',
      outcome: 'allowed',
      entity: 'invitation',
      entityId: ids.main,
      householdId: ids.household.id,
      locationId: 'alpha',
      actorRole: 'caseworker',
      detail: { language: 'so' },
    });
  });

  it('a caseworker from another location gets FORBIDDEN, and the refusal is audited', async () => {
    const error = await (
      await as('beta')
    ).invitations
      .get({ visitId: ids.main, language: 'sv' })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('FORBIDDEN');
    const rows = await audits();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      procedure: 'invitations.get',
      action: 'read',
      outcome: 'denied',
    });
  });

  it('an unknown visit is NOT_FOUND naming visitId', async () => {
    const error = await (
      await as()
    ).invitations
      .get({ visitId: randomUUID(), language: 'sv' })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('NOT_FOUND');
    expect((error as Error).message).toMatch(/^visitId: /);
  });

  it.each([
    ['an unknown language', { language: 'de' }, 'language'],
    ['a language in capitals', { language: 'SV' }, 'language'],
    ['a visit id that is no UUID', { visitId: 'visit-1' }, 'visitId'],
  ])('%s is a BAD_REQUEST at %s', async (_what, patch, path) => {
    const error = await (
      await as()
    ).invitations
      .get({ visitId: ids.main, language: 'sv', ...patch } as never)
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('BAD_REQUEST');
    const issues = fieldIssues(error as TRPCError);
    expect(issues.map((i) => i.path)).toEqual([path]);
    if (path === 'language') {
      expect(issues[0]?.message).toBe('expected one of sv, en, ar, prs, so, ti');
    }
    expect(await audits()).toHaveLength(0);
  });
});

describe('the invitation languages', () => {
  it("contracts' list mirrors i18n's LOCALES", () => {
    expect([...INVITATION_LANGUAGES]).toEqual([...LOCALES]);
  });
});

describe('bringList', () => {
  const adult = '1990-01-01';
  it.each([
    [
      'spår 1 adult: no decision (it is notified at the meeting)',
      1,
      [adult],
      ['identity', 'permitCard', 'certificates'],
    ],
    [
      'spår 2 adult: the decision',
      2,
      [adult],
      ['identity', 'permitCard', 'decision', 'certificates'],
    ],
    [
      'spår 3 adult: the decision',
      3,
      [adult],
      ['identity', 'permitCard', 'decision', 'certificates'],
    ],
    [
      'a family: certificates and the children’s documents',
      2,
      [adult, '2020-05-05'],
      ['identity', 'permitCard', 'decision', 'certificates', 'childrenDocuments'],
    ],
    [
      'only someone aged 65 or over: no certificates',
      1,
      ['1950-01-01'],
      ['identity', 'permitCard'],
    ],
    [
      '18 on the visit day is working age',
      1,
      ['2012-03-12'],
      ['identity', 'permitCard', 'certificates'],
    ],
    [
      '18 the day after the visit is still a child',
      1,
      ['2012-03-13'],
      ['identity', 'permitCard', 'childrenDocuments'],
    ],
    ['64 is working age', 1, ['1965-03-13'], ['identity', 'permitCard', 'certificates']],
    ['65 on the visit day is not', 1, ['1965-03-12'], ['identity', 'permitCard']],
    [
      'a birth date after the visit day counts for nothing',
      1,
      ['2031-01-01'],
      ['identity', 'permitCard'],
    ],
  ] as const)('%s', (_what, track, birthDates, expected) => {
    expect(bringList({ track, onDate: DAY, birthDates })).toEqual(expected);
  });
});

describe('composeInvitation', () => {
  const parsed = parseLocationConfig(CONFIG);
  if (!parsed.ok) throw new Error('CONFIG must be valid');
  const place = placeOf(parsed.config, 'main', null)!;
  const facts = {
    visitId: 'visit-1',
    language: 'sv' as const,
    track: 2 as const,
    date: DAY,
    time: '09:30',
    locationName: 'Mötesplats Alfa',
    place,
    steps: [
      { actor: 'af' as const, kind: 'meeting' as const, minutes: 60 },
      { actor: 'fk' as const, kind: 'meeting' as const, minutes: 30 },
    ],
    members: [ADULT],
    householdLanguage: 'en',
  };

  it('says at least two hours, and needs no interpreter for English or an unknown language', () => {
    const short = composeInvitation(facts);
    expect(short.hours).toBe(2);
    expect(short.duration).toMatch(/ungefär 2 timmar/);
    expect(short.interpreter).toBeNull();
    expect(composeInvitation({ ...facts, householdLanguage: null }).interpreter).toBeNull();
    expect(composeInvitation({ ...facts, householdLanguage: 'prs' }).interpreter).toBe(
      'Det finns tolk på plats.',
    );
  });

  it('names a home-municipality step after the home municipality, with how to reach it', () => {
    const invitation = composeInvitation({
      ...facts,
      language: 'en',
      steps: [
        ...facts.steps,
        {
          actor: 'kommun',
          kind: 'home-municipality-info',
          minutes: 10,
          municipality: { name: 'Provviken', code: '9991' },
          homeContact: {
            method: 'drop-in',
            text: 'Öppet hus tisdagar 13–15 i Provvikens kommunhus',
          },
        },
      ],
    });
    expect(invitation.meet.at(-1)).toEqual({
      actor: 'kommun',
      kind: 'home-municipality-info',
      name: 'the municipality (kommunen) – Provviken',
      municipality: 'Provviken',
      homeContact: 'Öppet hus tisdagar 13–15 i Provvikens kommunhus',
    });
  });

  it('lists each actor once, in chain order', () => {
    const invitation = composeInvitation({
      ...facts,
      steps: [...facts.steps, { actor: 'af', kind: 'meeting', minutes: 15 }],
    });
    expect(invitation.meet.map((m) => m.actor)).toEqual(['af', 'fk']);
    expect(invitation.hours).toBe(2);
  });

  it('a branch or team that is no longer configured has no place', () => {
    expect(placeOf(parsed.config, 'branch', 'gone')).toBeNull();
    expect(placeOf(parsed.config, 'mobile-team', null)).toBeNull();
  });
});
