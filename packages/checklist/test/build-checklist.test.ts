import { SATELLITE_NOT_STAFFED_CONFIG } from '@motesplats/location-config';
import { describe, expect, it } from 'vitest';
import { ChecklistError, ITEM_CATALOGUE, buildChecklist } from '../src/index.js';
import type { Checklist, HouseholdFacts, ItemCode } from '../src/index.js';
import { CHAIN_WITHOUT_MV, DAY, DEMO, FULL_CHAIN, aged, chainOf, plannedChain } from './support.js';

const ids = (c: Checklist) => c.items.map((i) => i.id);
/** The members that got an item with this code, in order. */
const membersWith = (c: Checklist, code: ItemCode) =>
  c.items.filter((i) => i.code === code).map((i) => i.memberId);

const [PROVBY, PROVHOLM, PROVAS] = SATELLITE_NOT_STAFFED_CONFIG.satellites;
if (!PROVBY?.homeContact || !PROVHOLM?.homeContact || !PROVAS) throw new Error('example changed');

describe('buildChecklist: household shapes', () => {
  it('a single adult on spår 1 gets exactly the items of every actor in the chain', () => {
    const checklist = buildChecklist({
      household: { members: [aged('a1', 30)] },
      track: 1,
      chain: FULL_CHAIN,
      onDate: DAY,
    });
    expect(ids(checklist)).toEqual([
      'mv:decision-notification:a1',
      'af:jobseeker-registration:a1',
      'af:establishment-meeting:a1',
      'af:grades-assessment:a1',
      'af:establishment-benefit:a1',
      'fk:benefits-info:household',
      'skv:move-notification:a1',
      'skv:id-card-info:a1',
      'kommun:sfi-registration:a1',
    ]);
    expect(checklist).toMatchObject({ track: 1, onDate: DAY });
  });

  describe('a family with children aged 0–17', () => {
    const children = Array.from({ length: 18 }, (_, age) => aged(`c${age}`, age));
    const household: HouseholdFacts = {
      members: [
        aged('p1', 35, { hasPersonalIdentityNumber: true }),
        aged('p2', 33, { hasPersonalIdentityNumber: true }),
        ...children,
      ],
    };
    const checklist = buildChecklist({ household, track: 1, chain: FULL_CHAIN, onDate: DAY });
    const kids = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => `c${from + i}`);

    it.each<[ItemCode, (string | null)[]]>([
      ['preschool-registration', kids(1, 5)],
      ['school-registration', kids(6, 15)],
      ['sfi-registration', ['p1', 'p2']],
      ['jobseeker-registration', ['p1', 'p2']],
      ['establishment-benefit', ['p1', 'p2']],
      // Skatteverket: only those without a number yet, with the ID-card information after it.
      ['move-notification', kids(0, 17)],
      ['id-card-info', kids(0, 17)],
      // A family with children registers in the social insurance, everyone.
      ['insurance-registration', ['p1', 'p2', ...kids(0, 17)]],
      ['benefits-info', [null]],
      ['decision-notification', ['p1', 'p2', ...kids(0, 17)]],
      ['pension-application', []],
      ['financial-assistance', []],
    ])('%s for %j', (code, members) => {
      expect(membersWith(checklist, code)).toEqual(members);
    });

    it('gives no municipality registration to a 0-year-old or a 16–17-year-old', () => {
      for (const id of ['c0', 'c16', 'c17']) {
        expect(checklist.items.filter((i) => i.memberId === id && i.actor === 'kommun')).toEqual(
          [],
        );
      }
    });
  });

  it('age bands are taken on the visit day, birthdays counting on their day', () => {
    // Born on 5 March: one day short of the age the number says.
    const dayShort = (id: string, age: number) => ({
      id,
      birthDate: `${2025 - age}-03-05`,
      hasPersonalIdentityNumber: true,
    });
    const checklist = buildChecklist({
      household: {
        members: [
          dayShort('turns-1', 1),
          dayShort('turns-6', 6),
          dayShort('turns-16', 16),
          dayShort('turns-18', 18),
          dayShort('turns-65', 65),
          aged('is-65', 65, { hasPersonalIdentityNumber: true }),
        ],
      },
      track: 2,
      chain: CHAIN_WITHOUT_MV,
      onDate: DAY,
    });
    expect(membersWith(checklist, 'preschool-registration')).toEqual(['turns-6']);
    expect(membersWith(checklist, 'school-registration')).toEqual(['turns-16']);
    expect(membersWith(checklist, 'sfi-registration')).toEqual(['turns-65', 'is-65']);
    expect(membersWith(checklist, 'establishment-meeting')).toEqual(['turns-65']);
    expect(membersWith(checklist, 'pension-application')).toEqual(['is-65']);
  });

  it('a relative aged 65+ gets the pension item and no Arbetsförmedlingen items', () => {
    const household: HouseholdFacts = { members: [aged('a1', 40), aged('g1', 70)] };
    const checklist = buildChecklist({
      household,
      track: 1,
      chain: plannedChain(DEMO, '1', household),
      onDate: DAY,
    });
    expect(membersWith(checklist, 'pension-application')).toEqual(['g1']);
    expect(checklist.items.filter((i) => i.memberId === 'g1').map((i) => i.code)).toEqual([
      'decision-notification',
      'pension-application',
      'move-notification',
      'id-card-info',
      'sfi-registration',
    ]);
    expect(membersWith(checklist, 'establishment-meeting')).toEqual(['a1']);
  });

  it.each([
    ['spår 2', 2 as const],
    ['spår 3', 3 as const],
  ])('%s has no Migrationsverket item, even with mv in the chain', (_name, track) => {
    const checklist = buildChecklist({
      household: { members: [aged('a1', 30)] },
      track,
      chain: FULL_CHAIN,
      onDate: DAY,
    });
    expect(checklist.items.filter((i) => i.actor === 'mv')).toEqual([]);
    expect(checklist.items.length).toBeGreaterThan(0);
  });

  it('an actor not in the chain gets no items', () => {
    const checklist = buildChecklist({
      household: { members: [aged('a1', 30), aged('c1', 3)], needsFinancialAssistance: true },
      track: 1,
      chain: chainOf('af', 'skv'),
      onDate: DAY,
    });
    expect([...new Set(checklist.items.map((i) => i.actor))]).toEqual(['af', 'skv']);
  });

  it('items follow the chain order of the actors', () => {
    const checklist = buildChecklist({
      household: { members: [aged('a1', 30)] },
      track: 3,
      chain: chainOf('kommun', 'af', 'skv'),
      onDate: DAY,
    });
    expect([...new Set(checklist.items.map((i) => i.actor))]).toEqual(['kommun', 'af', 'skv']);
  });

  it('financial assistance is one household item when the household has an income gap', () => {
    const without = buildChecklist({
      household: { members: [aged('a1', 30)] },
      track: 2,
      chain: CHAIN_WITHOUT_MV,
      onDate: DAY,
    });
    const withGap = buildChecklist({
      household: { members: [aged('a1', 30), aged('a2', 31)], needsFinancialAssistance: true },
      track: 2,
      chain: CHAIN_WITHOUT_MV,
      onDate: DAY,
    });
    expect(membersWith(without, 'financial-assistance')).toEqual([]);
    expect(membersWith(withGap, 'financial-assistance')).toEqual([null]);
  });

  it('without children, only members who need dental care register in the social insurance', () => {
    const checklist = buildChecklist({
      household: { members: [aged('a1', 30), aged('a2', 31, { needsDentalCare: true })] },
      track: 2,
      chain: CHAIN_WITHOUT_MV,
      onDate: DAY,
    });
    expect(membersWith(checklist, 'insurance-registration')).toEqual(['a2']);
    expect(membersWith(checklist, 'benefits-info')).toEqual([null]);
  });
});

describe('buildChecklist: satellite municipalities', () => {
  const family: HouseholdFacts = {
    members: [aged('a1', 30), aged('c3', 3), aged('c8', 8)],
    needsFinancialAssistance: true,
  };

  it.each([
    ['drop-in', PROVBY],
    ['booked time', PROVHOLM],
  ])(
    'a satellite (%s) that does not staff the office: one contact item with its text',
    (_method, satellite) => {
      const household = { ...family, satellite };
      const chain = plannedChain(SATELLITE_NOT_STAFFED_CONFIG, '1', household, satellite.code);
      expect(chain.find((s) => s.actor === 'kommun')?.kind).toBe('home-municipality-info');
      const checklist = buildChecklist({ household, track: 1, chain, onDate: DAY });
      const kommun = checklist.items.filter((i) => i.actor === 'kommun');
      expect(kommun).toEqual([
        {
          id: 'kommun:home-municipality-contact:household',
          actor: 'kommun',
          code: 'home-municipality-contact',
          memberId: null,
          status: 'todo',
          note: satellite.homeContact?.text,
          updatedAt: null,
          updatedBy: null,
          version: 1,
          details: {},
        },
      ]);
      // The other actors are unaffected.
      expect(membersWith(checklist, 'establishment-meeting')).toEqual(['a1']);
    },
  );

  it('the contact item comes from the chain step alone when no satellite is given', () => {
    const chain = plannedChain(SATELLITE_NOT_STAFFED_CONFIG, '1', family, PROVBY.code);
    const checklist = buildChecklist({ household: family, track: 1, chain, onDate: DAY });
    expect(checklist.items.filter((i) => i.actor === 'kommun').map((i) => i.note)).toEqual([
      PROVBY.homeContact?.text,
    ]);
  });

  it('the contact item appears even when the chain has no municipality step', () => {
    const checklist = buildChecklist({
      household: { ...family, satellite: PROVBY },
      track: 2,
      chain: chainOf('af', 'fk', 'skv'),
      onDate: DAY,
    });
    expect(checklist.items.filter((i) => i.actor === 'kommun').map((i) => i.code)).toEqual([
      'home-municipality-contact',
    ]);
    expect(checklist.items.at(-1)?.code).toBe('home-municipality-contact');
  });

  it('a visit planned before the satellite began to staff the office keeps its contact item', () => {
    // The visit copied its chain (with the info step) when it was planned; the config changed
    // since. The checklist follows the visit and never becomes unbuildable.
    const chain = plannedChain(SATELLITE_NOT_STAFFED_CONFIG, '1', family, PROVBY.code);
    const nowStaffing = { ...PROVBY, staffsOffice: true };
    const checklist = buildChecklist({
      household: { ...family, satellite: nowStaffing },
      track: 1,
      chain,
      onDate: DAY,
    });
    expect(checklist.items.filter((i) => i.actor === 'kommun').map((i) => i.note)).toEqual([
      PROVBY.homeContact?.text,
    ]);
  });

  it('a satellite that staffs the office gets the municipality items as usual', () => {
    const household = { ...family, satellite: PROVAS };
    const chain = plannedChain(SATELLITE_NOT_STAFFED_CONFIG, '1', household, PROVAS.code);
    const checklist = buildChecklist({ household, track: 1, chain, onDate: DAY });
    expect(checklist.items.filter((i) => i.actor === 'kommun').map((i) => i.id)).toEqual([
      'kommun:financial-assistance:household',
      'kommun:sfi-registration:a1',
      'kommun:preschool-registration:c3',
      'kommun:school-registration:c8',
    ]);
  });
});

describe('buildChecklist: ids and new items', () => {
  const input = {
    household: { members: [aged('a1', 30), aged('g1', 66), aged('c1', 4)] },
    track: 1 as const,
    chain: FULL_CHAIN,
    onDate: DAY,
  };

  it('is deterministic: rebuilding gives the same ids and items', () => {
    expect(buildChecklist(input)).toEqual(buildChecklist(structuredClone(input)));
  });

  it('ids are actor:code:member (or household), unique, and every item is new', () => {
    const { items } = buildChecklist(input);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.id).toBe(`${item.actor}:${item.code}:${item.memberId ?? 'household'}`);
      expect(ITEM_CATALOGUE[item.code].actor).toBe(item.actor);
      expect(item.memberId === null).toBe(ITEM_CATALOGUE[item.code].scope === 'household');
      expect(item).toMatchObject({
        status: 'todo',
        note: '',
        updatedAt: null,
        updatedBy: null,
        version: 1,
        details: {},
      });
    }
  });

  it("accepts location-config's TrackId strings", () => {
    expect(buildChecklist({ ...input, track: '1' })).toEqual(buildChecklist(input));
  });

  it('does not change its input', () => {
    const copy = structuredClone(input);
    buildChecklist(input);
    expect(input).toEqual(copy);
  });
});

describe('buildChecklist: refusals', () => {
  const base = {
    household: { members: [aged('a1', 30)] } as HouseholdFacts,
    track: 1 as const,
    chain: FULL_CHAIN,
    onDate: DAY,
  };
  const refuse = (input: unknown, message: RegExp) => {
    let error: unknown;
    try {
      buildChecklist(input as Parameters<typeof buildChecklist>[0]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChecklistError);
    expect((error as ChecklistError).code).toBe('INVALID_INPUT');
    expect((error as ChecklistError).message).toMatch(message);
  };

  it.each<[string, unknown, RegExp]>([
    [
      'a birth date after the visit day',
      { ...base, household: { members: [{ ...aged('a1', 30), birthDate: '2025-03-05' }] } },
      /^input\.household\.members\[0\]\.birthDate: .*visit day/,
    ],
    ['an impossible date', { ...base, onDate: '2025-02-30' }, /^input\.onDate:/],
    [
      'repeated member ids',
      { ...base, household: { members: [aged('a1', 30), aged('a1', 31)] } },
      /^input\.household\.members\[1\]\.id: .*repeated/,
    ],
    ['no members', { ...base, household: { members: [] } }, /^input\.household\.members:/],
    ['track 4', { ...base, track: 4 }, /^input\.track:/],
    ['an unknown actor', { ...base, chain: [{ actor: 'police' }] }, /^input\.chain\[0\]\.actor:/],
    [
      'a misspelt household field',
      { ...base, household: { members: [aged('a1', 30)], needsFinancialAsistance: true } },
      /^input\.household:/,
    ],
    [
      'a satellite without homeContact that does not staff the office',
      {
        ...base,
        household: { members: [aged('a1', 30)], satellite: { ...PROVBY, homeContact: undefined } },
      },
      /^input\.household\.satellite\.homeContact:/,
    ],
    [
      'a home-municipality-info step with no contact anywhere',
      { ...base, chain: [{ actor: 'kommun', kind: 'home-municipality-info' }] },
      /homeContact/,
    ],
  ])('refuses %s', (_name, input, message) => refuse(input, message));
});
