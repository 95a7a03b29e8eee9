import { ACTOR_IDS } from '@motesplats/location-config';
import type { ActorId } from '@motesplats/location-config';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEM_CATALOGUE, ITEM_CODES, ITEM_STATUSES, itemId, viewChecklist } from '../src/index.js';
import type { ChecklistItem, ConsentGrant, Viewer } from '../src/index.js';

/**
 * Random checklists, grants, viewers and instants. Time is generated as whole minutes from a
 * base and written with a random offset, so the oracle below compares plain integers while the
 * package must compare instants written in different offsets. `now` is often exactly a grant's
 * from, until or revokedAt, where off-by-one mistakes live.
 */
const BASE = Date.UTC(2025, 2, 4, 6, 0) / 60_000; // minutes
const OFFSETS = [0, 60, 120, -300, 330] as const;

function timestamp(minute: number, offset: number): string {
  const local = new Date((BASE + minute + offset) * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${local}Z`;
  const sign = offset > 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

type TimedGrant = { grant: ConsentGrant; from: number; until: number; revokedAt: number | null };

const minute = fc.integer({ min: 0, max: 600 });
const offset = fc.constantFrom(...OFFSETS);
const grantee = fc.constantFrom<ConsentGrant['grantee']>(...ACTOR_IDS, 'all-present-today');

const timedGrant: fc.Arbitrary<TimedGrant> = fc
  .record({
    id: fc.option(fc.string({ minLength: 1, maxLength: 6 }), { nil: undefined }),
    grantee,
    from: minute,
    length: fc.integer({ min: -30, max: 400 }), // negative: until before from, never active
    revokedAt: fc.option(minute, { nil: null }),
    revokedAsUndefined: fc.boolean(),
    offsets: fc.tuple(offset, offset, offset),
  })
  .map((r) => {
    const until = r.from + r.length;
    const grant: ConsentGrant = {
      grantee: r.grantee,
      scope: 'read',
      from: timestamp(r.from, r.offsets[0]),
      until: timestamp(until, r.offsets[1]),
    };
    if (r.id !== undefined) grant.id = r.id;
    if (r.revokedAt !== null) grant.revokedAt = timestamp(r.revokedAt, r.offsets[2]);
    else if (!r.revokedAsUndefined) grant.revokedAt = null;
    return { grant, from: r.from, until, revokedAt: r.revokedAt };
  });

const items: fc.Arbitrary<ChecklistItem[]> = fc
  .uniqueArray(
    fc.record({
      code: fc.constantFrom(...ITEM_CODES),
      member: fc.constantFrom('m1', 'm2', 'm3'),
      status: fc.constantFrom(...ITEM_STATUSES),
    }),
    { selector: (r) => `${r.code}:${r.member}`, maxLength: 30 },
  )
  .map((rows) =>
    rows.map(({ code, member, status }) => {
      const { actor, scope } = ITEM_CATALOGUE[code];
      const memberId = scope === 'household' ? null : member;
      const id = itemId(actor, code, memberId);
      return {
        id,
        actor,
        code,
        memberId,
        status,
        note: `SECRET<${id}>`,
        updatedAt: null,
        updatedBy: null,
        version: 1,
        details: { placementWish: `DETAIL<${id}>` },
      };
    }),
  )
  // Household items collapse onto one id per code: keep the first.
  .map((list) => list.filter((item, i) => list.findIndex((o) => o.id === item.id) === i));

const caseworker: fc.Arbitrary<Extract<Viewer, { kind: 'caseworker' }>> = fc
  .record({
    actor: fc.constantFrom(...ACTOR_IDS),
    presentToday: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ actor, presentToday }) => ({
    kind: 'caseworker' as const,
    actor,
    caseworkerId: `cw-${actor}`,
    ...(presentToday === undefined ? {} : { presentToday }),
  }));

const scenario = fc
  .record({
    items,
    grants: fc.array(timedGrant, { maxLength: 4 }),
    viewer: caseworker,
    nowMinute: minute,
    nowOffset: offset,
    pinToBoundary: fc.option(fc.tuple(fc.nat(), fc.constantFrom('from', 'until', 'revokedAt')), {
      nil: null,
    }),
  })
  .map((s) => {
    let now = s.nowMinute;
    if (s.pinToBoundary && s.grants.length > 0) {
      const [index, field] = s.pinToBoundary;
      const g = s.grants[index % s.grants.length];
      now = (g && (field === 'revokedAt' ? (g.revokedAt ?? g.from) : g[field])) ?? now;
    }
    return { ...s, now, nowText: timestamp(now, s.nowOffset) };
  });

/** The oracle: the rule written again on integers, independent of the implementation. */
function opens(g: TimedGrant, viewer: { actor: ActorId; presentToday?: boolean }, now: number) {
  const active = g.from <= now && now < g.until && (g.revokedAt === null || g.revokedAt > now);
  const forViewer =
    g.grant.grantee === viewer.actor ||
    (g.grant.grantee === 'all-present-today' && viewer.presentToday === true);
  return active && forViewer;
}

/** The actors that handle an item as their own (the service office gives the contact). */
function handles(actor: ActorId, item: ChecklistItem): boolean {
  return (
    item.actor === actor ||
    (item.code === 'home-municipality-contact' && ['fk', 'pm', 'skv'].includes(actor))
  );
}

const RUNS = { numRuns: 400 };

describe('viewChecklist properties', () => {
  it('a caseworker sees exactly their own items, or everything under an active grant', () => {
    fc.assert(
      fc.property(scenario, ({ items: list, grants, viewer, now, nowText }) => {
        const view = viewChecklist(
          { items: list },
          viewer,
          grants.map((g) => g.grant),
          nowText,
        );
        const granted = grants.some((g) => opens(g, viewer, now));
        const expected = granted ? list : list.filter((i) => handles(viewer.actor, i));
        expect(view.items.map((i) => i.id)).toEqual(expected.map((i) => i.id));
        expect(view.hiddenCount + view.items.length).toBe(list.length);
        expect(view.visibleActors).toEqual(granted ? [...ACTOR_IDS] : [viewer.actor]);
        // No content of a hidden item anywhere in the view.
        const text = JSON.stringify(view);
        for (const hidden of list.filter((i) => !expected.includes(i))) {
          expect(text).not.toContain(hidden.note);
          expect(text).not.toContain(`DETAIL<${hidden.id}>`);
        }
      }),
      RUNS,
    );
  });

  it('revocation and expiry take effect at the very instant', () => {
    fc.assert(
      fc.property(scenario, timedGrant, ({ items: list, viewer, nowOffset }, g) => {
        const own = list.filter((i) => handles(viewer.actor, i)).length;
        const forViewer = { ...g.grant, grantee: viewer.actor };
        const seen = (grant: ConsentGrant, at: number) =>
          viewChecklist({ items: list }, viewer, [grant], timestamp(at, nowOffset)).items.length;
        // Expired at `until`, whatever offset it is read in.
        expect(seen(forViewer, g.until)).toBe(own);
        // Revoked at `now`: not active at `now`.
        const revokedNow = { ...forViewer, revokedAt: timestamp(g.from, nowOffset === 0 ? 60 : 0) };
        expect(seen(revokedNow, g.from)).toBe(own);
        // Unrevoked and at `from` (when from < until): active.
        if (g.from < g.until) {
          const { revokedAt: _r, ...open } = forViewer;
          expect(seen(open, g.from)).toBe(list.length);
          expect(seen(open, g.until - 1)).toBe(list.length);
        }
      }),
      RUNS,
    );
  });

  it('the newcomer always sees every item, unchanged', () => {
    fc.assert(
      fc.property(scenario, ({ items: list, grants, nowText }) => {
        const view = viewChecklist(
          { items: list },
          { kind: 'newcomer' },
          grants.map((g) => g.grant),
          nowText,
        );
        expect(view.items.map(({ prerequisiteId: _p, waiting: _w, ...item }) => item)).toEqual(
          list,
        );
        expect(view.hiddenCount).toBe(0);
      }),
      RUNS,
    );
  });

  it('an analyst never sees anything, not even a count', () => {
    fc.assert(
      fc.property(scenario, ({ items: list, grants, nowText }) => {
        const view = viewChecklist(
          { items: list },
          { kind: 'analyst' },
          grants.map((g) => g.grant),
          nowText,
        );
        expect(view).toEqual({
          personal: false,
          items: [],
          hiddenCount: 0,
          visibleActors: [],
          grantIds: [],
        });
      }),
      RUNS,
    );
  });
});
