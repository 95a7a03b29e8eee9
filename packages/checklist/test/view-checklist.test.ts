import { ACTOR_IDS } from '@motesplats/location-config';
import { describe, expect, it } from 'vitest';
import { ChecklistError, buildChecklist, viewChecklist } from '../src/index.js';
import type { Checklist, ConsentGrant, Viewer } from '../src/index.js';
import { DAY, FULL_CHAIN, aged, at } from './support.js';
import { SATELLITE_NOT_STAFFED_CONFIG } from '@motesplats/location-config';

const satellite = SATELLITE_NOT_STAFFED_CONFIG.satellites[0];

/** Every actor has items; every note and every details object is a secret naming its item. */
function checklist(): Checklist {
  const built = buildChecklist({
    household: { members: [aged('a1', 30), aged('g1', 70), aged('c1', 4)], satellite },
    track: 1,
    chain: FULL_CHAIN,
    onDate: DAY,
  });
  return {
    ...built,
    items: built.items.map((i) => ({
      ...i,
      note: `secret of ${i.id}`,
      details: { documentsChecked: [`detail of ${i.id}`] },
    })),
  };
}

const NOW = at(DAY, '10:00');
const caseworker = (actor: (typeof ACTOR_IDS)[number], presentToday?: boolean): Viewer => ({
  kind: 'caseworker',
  actor,
  caseworkerId: `cw-${actor}`,
  ...(presentToday === undefined ? {} : { presentToday }),
});
const grant = (
  grantee: ConsentGrant['grantee'],
  extra: Partial<ConsentGrant> = {},
): ConsentGrant => ({
  id: `g-${grantee}`,
  grantee,
  scope: 'read',
  from: at(DAY, '08:00'),
  until: at(DAY, '16:00'),
  ...extra,
});

describe('viewChecklist: who sees what', () => {
  const list = checklist();

  it('the newcomer sees every item', () => {
    const view = viewChecklist(list, { kind: 'newcomer' }, [], NOW);
    expect(view.items.map((i) => i.id)).toEqual(list.items.map((i) => i.id));
    expect(view).toMatchObject({ personal: true, hiddenCount: 0, visibleActors: [...ACTOR_IDS] });
  });

  it('an analyst sees nothing personal: no items and no counts', () => {
    expect(viewChecklist(list, { kind: 'analyst' }, [grant('all-present-today')], NOW)).toEqual({
      personal: false,
      items: [],
      hiddenCount: 0,
      visibleActors: [],
      grantIds: [],
    });
  });

  it.each(ACTOR_IDS.filter((a) => a !== 'kommun'))(
    'a %s caseworker without a grant sees their own items and a bare count',
    (actor) => {
      const view = viewChecklist(list, caseworker(actor), [], NOW);
      const own = list.items.filter(
        (i) =>
          i.actor === actor ||
          (i.code === 'home-municipality-contact' && ['fk', 'pm', 'skv'].includes(actor)),
      );
      expect(view.items.map((i) => i.id)).toEqual(own.map((i) => i.id));
      expect(view.hiddenCount).toBe(list.items.length - own.length);
      expect(view.visibleActors).toEqual([actor]);
      expect(Object.keys(view).sort()).toEqual([
        'grantIds',
        'hiddenCount',
        'items',
        'personal',
        'visibleActors',
      ]);
    },
  );

  it('the service office handles the home-municipality contact as its own; AF does not', () => {
    const codes = (actor: (typeof ACTOR_IDS)[number]) =>
      viewChecklist(list, caseworker(actor), [], NOW).items.map((i) => i.code);
    expect(codes('fk')).toContain('home-municipality-contact');
    expect(codes('skv')).toContain('home-municipality-contact');
    expect(codes('kommun')).toEqual(['home-municipality-contact']);
    expect(codes('af')).not.toContain('home-municipality-contact');
  });

  it('a hidden item leaves no trace in the view: no id, code, note, details or member', () => {
    const view = viewChecklist(list, caseworker('af'), [], NOW);
    const text = JSON.stringify(view);
    for (const hidden of list.items.filter((i) => i.actor !== 'af')) {
      expect(text).not.toContain(hidden.id);
      expect(text).not.toContain(hidden.code);
      expect(text).not.toContain(hidden.note);
      expect(text).not.toContain(`detail of ${hidden.id}`);
    }
    expect(text).not.toContain('g1'); // the pensioner has no AF item, so is not even named
  });

  it('the view shares nothing with the checklist: changing it changes no stored item', () => {
    const view = viewChecklist(list, { kind: 'newcomer' }, [], NOW);
    const first = view.items[0];
    if (!first) throw new Error('no items');
    first.note = 'changed';
    (first.details['documentsChecked'] as string[]).push('changed');
    expect(list.items[0]?.note).not.toBe('changed');
    expect(list.items[0]?.details['documentsChecked']).toEqual([`detail of ${first.id}`]);
  });
});

describe('viewChecklist: grants', () => {
  const list = checklist();
  const total = list.items.length;
  const sees = (viewer: Viewer, grants: ConsentGrant[], now = NOW) =>
    viewChecklist(list, viewer, grants, now).items.length;
  const afOwn = sees(caseworker('af'), []);

  it.each<[string, Viewer, ConsentGrant[], 'all' | 'own']>([
    ['a grant to their agency', caseworker('af'), [grant('af')], 'all'],
    ['a grant to another agency', caseworker('af'), [grant('fk')], 'own'],
    ['all-present-today, present', caseworker('af', true), [grant('all-present-today')], 'all'],
    [
      'all-present-today, not present',
      caseworker('af', false),
      [grant('all-present-today')],
      'own',
    ],
    ['all-present-today, presence unknown', caseworker('af'), [grant('all-present-today')], 'own'],
    ['now = from (starts at once)', caseworker('af'), [grant('af', { from: NOW })], 'all'],
    ['now = until (expired at once)', caseworker('af'), [grant('af', { until: NOW })], 'own'],
    [
      'a millisecond before until',
      caseworker('af'),
      [grant('af', { until: '2025-03-04T10:00:00.001+01:00' })],
      'all',
    ],
    ['not yet started', caseworker('af'), [grant('af', { from: at(DAY, '10:01') })], 'own'],
    ['revoked now (at once)', caseworker('af'), [grant('af', { revokedAt: NOW })], 'own'],
    ['revoked before now', caseworker('af'), [grant('af', { revokedAt: at(DAY, '09:00') })], 'own'],
    ['revocation later', caseworker('af'), [grant('af', { revokedAt: at(DAY, '11:00') })], 'all'],
    ['revokedAt null', caseworker('af'), [grant('af', { revokedAt: null })], 'all'],
    [
      'another offset, same instant as until',
      caseworker('af'),
      [grant('af', { until: '2025-03-04T09:00:00Z' })],
      'own',
    ],
    [
      'another offset, same instant as from',
      caseworker('af'),
      [grant('af', { from: '2025-03-04T11:00:00+02:00' })],
      'all',
    ],
    [
      'until before from (never active)',
      caseworker('af'),
      [grant('af', { until: at(DAY, '07:00') })],
      'own',
    ],
    [
      'one expired, one active',
      caseworker('af'),
      [grant('af', { until: NOW }), grant('af')],
      'all',
    ],
  ])('%s', (_name, viewer, grants, expected) => {
    const view = viewChecklist(list, viewer, grants, NOW);
    expect(view.items.length).toBe(expected === 'all' ? total : afOwn);
    expect(view.hiddenCount).toBe(expected === 'all' ? 0 : total - afOwn);
    expect(view.visibleActors).toEqual(expected === 'all' ? [...ACTOR_IDS] : ['af']);
  });

  it('names the grants that opened the list, for the audit record', () => {
    const view = viewChecklist(
      list,
      caseworker('af', true),
      [grant('af'), grant('all-present-today'), grant('fk'), { ...grant('af'), id: undefined }],
      NOW,
    );
    expect(view.grantIds).toEqual(['g-af', 'g-all-present-today']);
  });

  it('stored rows may carry more fields; the view keeps only the item fields', () => {
    const stored = { items: list.items.map((i) => ({ ...i, householdId: 'h1', visitId: null })) };
    const view = viewChecklist(stored as unknown as Checklist, { kind: 'newcomer' }, [], NOW);
    expect(view.items[0]).not.toHaveProperty('householdId');
    expect(view.items.length).toBe(total);
  });
});

describe('viewChecklist: waiting items', () => {
  const list = checklist();
  const idCard = (items: Checklist['items']) =>
    viewChecklist({ items }, caseworker('skv'), [], NOW).items.find(
      (i) => i.id === 'skv:id-card-info:a1',
    );
  const withNotification = (status: 'todo' | 'done' | 'not-applicable' | 'follow-up') =>
    list.items.map((i) => (i.id === 'skv:move-notification:a1' ? { ...i, status } : i));

  it.each([
    ['todo', true],
    ['follow-up', true],
    ['done', false],
    ['not-applicable', false],
  ] as const)(
    'the ID-card information waits while the notification is %s: %s',
    (status, waiting) => {
      expect(idCard(withNotification(status))).toMatchObject({
        prerequisiteId: 'skv:move-notification:a1',
        waiting,
      });
    },
  );

  it('other items wait for nothing', () => {
    const view = viewChecklist(list, { kind: 'newcomer' }, [], NOW);
    const others = view.items.filter((i) => i.code !== 'id-card-info');
    expect(others.every((i) => i.prerequisiteId === null && !i.waiting)).toBe(true);
  });
});

describe('viewChecklist: refusals (fail closed)', () => {
  const list = checklist();
  it.each<[string, unknown, unknown, unknown, RegExp]>([
    ['now without an offset', caseworker('af'), [], '2025-03-04T10:00:00', /^now:/],
    ['now as a date', caseworker('af'), [], DAY, /^now:/],
    ['a misspelt viewer field', { ...caseworker('af'), presentToDay: true }, [], NOW, /^viewer:/],
    [
      'a blank caseworker id',
      { ...caseworker('af'), caseworkerId: ' ' },
      [],
      NOW,
      /^viewer\.caseworkerId:/,
    ],
    ['an unknown viewer kind', { kind: 'admin' }, [], NOW, /^viewer/],
    [
      'a write grant',
      caseworker('af'),
      [{ ...grant('af'), scope: 'write' }],
      NOW,
      /^grants\[0\]\.scope:/,
    ],
    [
      'a grant to an unknown grantee',
      caseworker('af'),
      [grant('police' as 'af')],
      NOW,
      /^grants\[0\]\.grantee:/,
    ],
    [
      'a grant with a Date',
      caseworker('af'),
      [{ ...grant('af'), from: new Date() }],
      NOW,
      /^grants\[0\]\.from:/,
    ],
  ])('refuses %s', (_name, viewer, grants, now, message) => {
    expect(() =>
      viewChecklist(list, viewer as Viewer, grants as ConsentGrant[], now as string),
    ).toThrow(message);
    try {
      viewChecklist(list, viewer as Viewer, grants as ConsentGrant[], now as string);
    } catch (error) {
      expect(error).toBeInstanceOf(ChecklistError);
    }
  });
});
