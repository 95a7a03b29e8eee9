import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database, Prisma } from '@motesplats/db';
import type { Role, StatsTable } from '@motesplats/contracts';
import { crossTab, isoWeekDays } from '@motesplats/statistics';
import { appRouter } from '../src/router.js';
import { createCallerFactory } from '../src/core/procedure.js';
import { loadVisitRecords } from '../src/routers/stats/records.js';
import { permitsForPeriod } from '../src/routers/stats/goal.js';
import { clientMessage, configFor, contextFor, depsFor, errorCode, userFor } from './support.js';

type Member = { sex?: string; birthDate?: string; unaccompaniedMinor?: boolean | null };
type VisitSpec = {
  locationId: string;
  date: string;
  track: 1 | 2 | 3;
  status?: string;
  invitingAgency?: string;
  /** Members of a new household; or the id of an existing household (a returning visit). */
  members?: Member[];
  householdId?: string;
};

/**
 * Visits as the visit flow would have left them: statistics read only status, date, track,
 * inviting agency and the household's members. Written with one INSERT … SELECT FROM unnest(…)
 * per table: Prisma's createMany needs ~12 s for the 12,525 visits of 2017 on PGlite, this
 * about one second.
 */
async function addVisits(db: Database, specs: VisitSpec[]): Promise<string[]> {
  const households = { id: [] as string[], locationId: [] as string[] };
  const members = {
    householdId: [] as string[],
    birthDate: [] as string[],
    sex: [] as string[],
    unaccompaniedMinor: [] as Array<boolean | null>,
  };
  const visits = {
    locationId: [] as string[],
    householdId: [] as string[],
    date: [] as string[],
    track: [] as number[],
    invitingAgency: [] as string[],
    status: [] as string[],
  };
  const householdIds: string[] = [];
  for (const spec of specs) {
    let householdId = spec.householdId;
    if (!householdId) {
      householdId = randomUUID();
      households.id.push(householdId);
      households.locationId.push(spec.locationId);
      for (const m of spec.members ?? [{}]) {
        members.householdId.push(householdId);
        members.birthDate.push(m.birthDate ?? '1990-01-01');
        members.sex.push(m.sex ?? 'female');
        members.unaccompaniedMinor.push(m.unaccompaniedMinor ?? null);
      }
    }
    householdIds.push(householdId);
    visits.locationId.push(spec.locationId);
    visits.householdId.push(householdId);
    visits.date.push(spec.date);
    visits.track.push(spec.track);
    visits.invitingAgency.push(
      spec.invitingAgency ?? ({ 1: 'mv', 2: 'af', 3: 'kommun' } as const)[spec.track],
    );
    visits.status.push(spec.status ?? 'completed');
  }
  await db.prisma.$executeRaw`
    INSERT INTO "Household" ("id", "locationId", "reference")
    SELECT id, loc, 'S-' || id FROM unnest(${households.id}::text[], ${households.locationId}::text[]) AS t(id, loc)`;
  await db.prisma.$executeRaw`
    INSERT INTO "Newcomer" ("id", "householdId", "givenName", "familyName", "birthDate", "sex", "unaccompaniedMinor")
    SELECT gen_random_uuid()::text, hh, 'Prov', 'Statistiksson', born::date, sex, uam
      FROM unnest(${members.householdId}::text[], ${members.birthDate}::text[], ${members.sex}::text[],
                  ${members.unaccompaniedMinor}::boolean[]) AS t(hh, born, sex, uam)`;
  await db.prisma.$executeRaw`
    INSERT INTO "Visit" ("id", "locationId", "householdId", "date", "startTime", "track", "invitingAgency", "status", "updatedAt")
    SELECT gen_random_uuid()::text, loc, hh, day::date, '09:00', track, agency, status, now()
      FROM unnest(${visits.locationId}::text[], ${visits.householdId}::text[], ${visits.date}::text[],
                  ${visits.track}::int[], ${visits.invitingAgency}::text[], ${visits.status}::text[])
        AS t(loc, hh, day, track, agency, status)`;
  return householdIds;
}

const repeat = <T>(n: number, make: (i: number) => T): T[] =>
  Array.from({ length: n }, (_, i) => make(i));

/** Every published value of a table, margins included. */
const allCells = (t: StatsTable) => [...t.cells.flat(), ...t.rowTotals, ...t.colTotals, t.total];

describe('statistics', () => {
  let db: Database;
  beforeEach(async () => {
    db = await createTestDatabase();
    for (const id of ['alpha', 'beta']) {
      await db.prisma.location.create({
        data: {
          id,
          name: `Mötesplats ${id}`,
          municipalityCode: '9999',
          config: configFor(id) as unknown as Prisma.InputJsonValue,
        },
      });
    }
  });
  afterEach(async () => {
    await db.close();
  });

  const as = async (role: Role, locationId = 'alpha', secret?: Uint8Array) =>
    createCallerFactory(appRouter)(
      await contextFor(
        depsFor(db, secret ? { sessionSecret: secret } : {}),
        userFor(role, locationId),
      ),
    );
  const key = () => randomUUID();

  describe('records from the recorded visits', () => {
    it('one record per member per visit; attended from check-in on; age band on the visit day', async () => {
      const [family] = await addVisits(db, [
        {
          locationId: 'alpha',
          date: '2018-06-14',
          track: 1,
          status: 'completed',
          members: [
            { sex: 'female', birthDate: '1980-03-01' },
            { sex: 'male', birthDate: '2000-06-15' },
          ],
        },
      ]);
      await addVisits(db, [
        {
          locationId: 'alpha',
          date: '2018-06-15',
          track: 2,
          status: 'no-show',
          householdId: family!,
        },
        {
          locationId: 'alpha',
          date: '2018-06-16',
          track: 2,
          status: 'in-progress',
          householdId: family!,
        },
        {
          locationId: 'alpha',
          date: '2018-06-17',
          track: 2,
          status: 'checked-in',
          householdId: family!,
        },
        {
          locationId: 'alpha',
          date: '2018-06-18',
          track: 2,
          status: 'booked',
          householdId: family!,
        },
        {
          locationId: 'alpha',
          date: '2018-06-19',
          track: 2,
          status: 'cancelled',
          householdId: family!,
        },
        {
          locationId: 'beta',
          date: '2018-06-20',
          track: 3,
          status: 'completed',
          members: [{ sex: 'x' }],
        },
      ]);
      const records = await loadVisitRecords(db.prisma, { locationId: 'alpha' });
      // 5 counted visits (the cancelled one is not) × 2 members.
      expect(records).toHaveLength(10);
      const son = records
        .filter((r) => r.sex === 'male')
        .sort((a, b) => (a.date < b.date ? -1 : 1));
      expect(son.map((r) => [r.date, r.ageBand, r.attended])).toEqual([
        ['2018-06-14', '0-17', true],
        ['2018-06-15', '18-64', false],
        ['2018-06-16', '18-64', true],
        ['2018-06-17', '18-64', true],
        ['2018-06-18', '18-64', false],
      ]);
      expect(new Set(son.map((r) => r.personKey)).size).toBe(1);
      expect(son[0]).toMatchObject({ locationId: 'alpha', track: 1, invitingAgency: 'mv' });

      const filtered = await loadVisitRecords(db.prisma, {
        from: '2018-06-15',
        to: '2018-06-17',
        track: 2,
      });
      expect(filtered).toHaveLength(6);
      const beta = await loadVisitRecords(db.prisma, { locationId: 'beta' });
      expect(beta[0]).toMatchObject({ sex: 'unknown', track: 3, invitingAgency: 'kommun' });
    });
  });

  describe('stats.table', () => {
    beforeEach(async () => {
      // alpha: spår 1 has 2 participants (a small count), spår 2 and 3 have 10 each;
      // beta: 10 in every track.
      await addVisits(db, [
        ...repeat(2, () => ({ locationId: 'alpha', date: '2017-03-01', track: 1 as const })),
        ...repeat(10, () => ({ locationId: 'alpha', date: '2017-03-02', track: 2 as const })),
        ...repeat(10, () => ({ locationId: 'alpha', date: '2017-03-03', track: 3 as const })),
        ...repeat(30, (i) => ({
          locationId: 'beta',
          date: '2017-03-04',
          track: ((i % 3) + 1) as 1 | 2 | 3,
        })),
        // Invited, never came: not participants anywhere.
        ...repeat(3, () => ({
          locationId: 'alpha',
          date: '2017-03-05',
          track: 1 as const,
          status: 'no-show',
        })),
      ]);
    });

    it('small counts never leave: a cell of 2 is hidden, with at least one more in its row and column', async () => {
      const table = await (await as('analyst')).stats.table({ rows: 'location', cols: 'track' });
      expect(table.rowKeys).toEqual(['alpha', 'beta']);
      expect(table.colKeys).toEqual(['1', '2', '3']);
      expect(table.rowLabels).toEqual(['Mötesplats alpha', 'Mötesplats beta']);
      expect(table.cells[0]![0]).toEqual({ value: null, flag: 'hidden' });
      const hiddenInRow = table.cells[0]!.filter((c) => c.flag === 'hidden').length;
      const hiddenInCol = table.cells.map((line) => line[0]!).filter((c) => c.flag === 'hidden');
      expect(hiddenInRow + (table.rowTotals[0]!.flag === 'hidden' ? 1 : 0)).toBeGreaterThanOrEqual(
        2,
      );
      expect(
        hiddenInCol.length + (table.colTotals[0]!.flag === 'hidden' ? 1 : 0),
      ).toBeGreaterThanOrEqual(2);
      for (const cell of allCells(table)) {
        if (cell.flag === 'hidden') expect(cell.value).toBeNull();
        else expect(cell.value === 0 || cell.value! >= 5, JSON.stringify(cell)).toBe(true);
      }
      // Primary and secondary look the same: the reason is never told.
      expect(JSON.stringify(table)).not.toMatch(/primary|secondary/);
      expect(table.protection).toEqual({ method: 'suppress', threshold: 5, additive: true });
      expect(table.total).toEqual({ value: 52, flag: null });
    });

    it('writes one audit row naming the table, not any person', async () => {
      await (await as('analyst')).stats.table({ rows: 'sex', cols: 'ageBand', track: 2 });
      const rows = await db.prisma.auditEvent.findMany({ where: { procedure: 'stats.table' } });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ entity: 'statistics-table', householdId: null });
      expect(rows[0]!.detail).toMatchObject({ rows: 'sex', cols: 'ageBand', track: 2 });
    });

    it('a location admin gets their own location only, and FORBIDDEN for another', async () => {
      const admin = await as('location-admin', 'alpha');
      const own = await admin.stats.table({ rows: 'location', cols: 'track' });
      expect(own.rowKeys).toEqual(['alpha']);
      expect(own.filter.locationId).toBe('alpha');
      const error = await admin.stats
        .table({ rows: 'track', cols: 'sex', locationId: 'beta' })
        .catch((e: unknown) => e);
      expect(errorCode(error)).toBe('FORBIDDEN');
      expect(clientMessage(error)).toMatch(/limited to location 'alpha', not 'beta'/);
      const explicit = await admin.stats.table({ rows: 'track', cols: 'sex', locationId: 'alpha' });
      expect(explicit.total.value).toBe(22);
    });

    it('a caseworker may not read statistics at all', async () => {
      const error = await (
        await as('caseworker')
      ).stats
        .table({ rows: 'track', cols: 'sex' })
        .catch((e: unknown) => e);
      expect(errorCode(error)).toBe('FORBIDDEN');
    });

    it('perturbation is deterministic, bounded, never negative and depends on the secret', async () => {
      const input = { rows: 'location', cols: 'track', protection: 'perturb' } as const;
      const first = await (await as('analyst')).stats.table(input);
      const again = await (await as('national-admin')).stats.table(input);
      expect(again).toEqual(first);
      expect(first.protection).toEqual({ method: 'perturb', maxNoise: 2, additive: false });

      const raw = crossTab(await loadVisitRecords(db.prisma, {}), {
        rows: 'location',
        cols: 'track',
      });
      const rawCells = [...raw.cells.flat(), ...raw.rowTotals, ...raw.colTotals, raw.total];
      const published = allCells(first).map((c) => c.value!);
      published.forEach((value, i) => {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(Math.abs(value - rawCells[i]!)).toBeLessThanOrEqual(2);
      });
      expect(allCells(first).every((c) => c.flag === null)).toBe(true);

      const otherSecret = new TextEncoder().encode('another-deployment-secret-of-32-chars!');
      const elsewhere = await (await as('analyst', 'alpha', otherSecret)).stats.table(input);
      expect(allCells(elsewhere).map((c) => c.value)).not.toEqual(published);
    });

    it('names the field at fault in bad input', async () => {
      const analyst = await as('analyst');
      const same = await analyst.stats
        .table({ rows: 'track', cols: 'track' })
        .catch((e: unknown) => e);
      expect(errorCode(same)).toBe('BAD_REQUEST');
      expect(clientMessage(same)).toMatch(/cols: expected a dimension other than rows/);
      const backwards = await analyst.stats
        .table({ rows: 'track', cols: 'sex', from: '2017-05-01', to: '2017-04-01' })
        .catch((e: unknown) => e);
      expect(clientMessage(backwards)).toMatch(/to: expected a date on or after 2017-05-01/);
      const unknown = await analyst.stats
        .table({ rows: 'track', cols: 'sex', locationId: 'gamma' })
        .catch((e: unknown) => e);
      expect(errorCode(unknown)).toBe('NOT_FOUND');
    });
  });

  describe('stats.goal', () => {
    it('reproduces 2017: 12,525 participants vs 21,776 permits = 58 %, met', async () => {
      await addVisits(db, [
        ...repeat(12_525, (i) => ({
          locationId: i % 3 === 0 ? 'beta' : 'alpha',
          date: `2017-${String((i % 12) + 1).padStart(2, '0')}-15`,
          track: ((i % 3) + 1) as 1 | 2 | 3,
        })),
        // Unaccompanied minors attend but are outside the goal statistics.
        ...repeat(40, () => ({
          locationId: 'alpha',
          date: '2017-06-01',
          track: 3 as const,
          members: [{ birthDate: '2001-01-01', unaccompaniedMinor: true }],
        })),
        // No-shows and a visit outside the period are not participants of 2017.
        ...repeat(25, () => ({
          locationId: 'alpha',
          date: '2017-06-02',
          track: 2 as const,
          status: 'no-show',
        })),
        { locationId: 'alpha', date: '2018-01-01', track: 2 },
      ]);
      await (
        await as('national-admin')
      ).stats.permits.set({
        periodStart: '2017-01-01',
        periodEnd: '2017-12-31',
        count: 21_776,
        idempotencyKey: key(),
      });
      const result = await (
        await as('analyst')
      ).stats.goal({ from: '2017-01-01', to: '2017-12-31' });
      expect(result.overall).toMatchObject({
        locationId: null,
        participants: { value: 12_525, flag: null },
        permitsGranted: 21_776,
        percent: 58,
        met: true,
        missing: null,
      });
      expect(result.overall.share).toBeCloseTo(12_525 / 21_776, 10);
      expect(result.perLocation?.map((l) => [l.locationId, l.participants.value])).toEqual([
        ['alpha', 8_350],
        ['beta', 4_175],
      ]);
      // No permits per location were entered: the locations say so instead of failing.
      expect(result.perLocation?.[0]?.missing).toMatch(
        /No residence permits .* for location 'alpha'/,
      );
    });

    it('12 participants vs 20 permits entered as two halves: 60 %, met; a location admin sees their own', async () => {
      await addVisits(db, [
        ...repeat(12, () => ({ locationId: 'alpha', date: '2019-02-01', track: 2 as const })),
        ...repeat(3, () => ({ locationId: 'beta', date: '2019-02-01', track: 2 as const })),
      ]);
      const national = await as('national-admin');
      for (const [periodStart, periodEnd, count, locationId] of [
        ['2019-01-01', '2019-06-30', 12, 'alpha'],
        ['2019-07-01', '2019-12-31', 8, 'alpha'],
        ['2019-01-01', '2019-12-31', 40, undefined],
      ] as const) {
        await national.stats.permits.set({
          periodStart,
          periodEnd,
          count,
          ...(locationId ? { locationId } : {}),
          idempotencyKey: key(),
        });
      }
      const admin = await as('location-admin', 'alpha');
      const own = await admin.stats.goal({ from: '2019-01-01', to: '2019-12-31' });
      expect(own.perLocation).toBeNull();
      expect(own.overall).toMatchObject({
        locationId: 'alpha',
        participants: { value: 12, flag: null },
        permitsGranted: 20,
        percent: 60,
        met: true,
      });
      expect(own.overall.permitPeriods.map((p) => p.periodStart)).toEqual([
        '2019-01-01',
        '2019-07-01',
      ]);
      const forbidden = await admin.stats
        .goal({ from: '2019-01-01', to: '2019-12-31', locationId: 'beta' })
        .catch((e: unknown) => e);
      expect(errorCode(forbidden)).toBe('FORBIDDEN');

      // Nationally: 15 participants; beta's 3 is hidden, and so is alpha's, which would give it away.
      const all = await national.stats.goal({ from: '2019-01-01', to: '2019-12-31' });
      expect(all.overall).toMatchObject({
        participants: { value: 15 },
        permitsGranted: 40,
        percent: 38,
      });
      const beta = all.perLocation!.find((l) => l.locationId === 'beta')!;
      const alpha = all.perLocation!.find((l) => l.locationId === 'alpha')!;
      expect(beta.participants).toEqual({ value: null, flag: 'hidden' });
      expect(alpha.participants).toEqual({ value: null, flag: 'hidden' });
      expect(alpha).toMatchObject({ permitsGranted: 20, share: null, percent: null, met: null });
    });

    it('without permits for the period it is PRECONDITION_FAILED naming the period and the gap', async () => {
      const national = await as('national-admin');
      const none = await national.stats
        .goal({ from: '2017-01-01', to: '2017-12-31' })
        .catch((e: unknown) => e);
      expect(errorCode(none)).toBe('PRECONDITION_FAILED');
      expect(clientMessage(none)).toMatch(/2017-01-01 to 2017-12-31 nationally/);
      await national.stats.permits.set({
        periodStart: '2017-01-01',
        periodEnd: '2017-06-30',
        count: 10_000,
        idempotencyKey: key(),
      });
      const half = await national.stats
        .goal({ from: '2017-01-01', to: '2017-12-31' })
        .catch((e: unknown) => e);
      expect(clientMessage(half)).toMatch(
        /cover 2017-01-01 to 2017-06-30, none starts on 2017-07-01/,
      );
    });

    it('sums the fewest entered periods that tile the period exactly', () => {
      const months = repeat(12, (i) => {
        const m = String(i + 1).padStart(2, '0');
        const end = new Date(Date.UTC(2017, i + 1, 0)).toISOString().slice(0, 10);
        return { periodStart: `2017-${m}-01`, periodEnd: end, count: 100 };
      });
      const quarters = [
        { periodStart: '2017-01-01', periodEnd: '2017-03-31', count: 333 },
        { periodStart: '2017-04-01', periodEnd: '2017-06-30', count: 333 },
      ];
      expect(permitsForPeriod(months, '2017-01-01', '2017-12-31', 'nationally')).toMatchObject({
        total: 1200,
      });
      const mixed = permitsForPeriod([...months, ...quarters], '2017-01-01', '2017-12-31', 'x');
      expect(mixed).toMatchObject({ total: 333 * 2 + 600 });
      expect('periods' in mixed && mixed.periods).toHaveLength(8);
      const exact = { periodStart: '2017-01-01', periodEnd: '2017-12-31', count: 1 };
      expect(permitsForPeriod([...months, exact], '2017-01-01', '2017-12-31', 'x')).toMatchObject({
        total: 1,
      });
      const overlapping = [
        { periodStart: '2017-01-01', periodEnd: '2017-07-31', count: 1 },
        { periodStart: '2017-07-01', periodEnd: '2017-12-31', count: 1 },
      ];
      expect(permitsForPeriod(overlapping, '2017-01-01', '2017-12-31', 'x')).toHaveProperty(
        'missing',
      );
    });
  });

  describe('stats.permits', () => {
    it('only a national admin may enter permits', async () => {
      for (const role of ['analyst', 'location-admin', 'caseworker'] as const) {
        const error = await (
          await as(role)
        ).stats.permits
          .set({
            periodStart: '2017-01-01',
            periodEnd: '2017-12-31',
            locationId: 'alpha',
            count: 5,
            idempotencyKey: key(),
          })
          .catch((e: unknown) => e);
        expect(errorCode(error), role).toBe('FORBIDDEN');
      }
      expect(await db.prisma.permitsGranted.count()).toBe(0);
    });

    it('entering the same period again replaces the count, nationally and per location', async () => {
      const national = await as('national-admin');
      for (const count of [100, 120]) {
        await national.stats.permits.set({
          periodStart: '2017-01-01',
          periodEnd: '2017-12-31',
          count,
          idempotencyKey: key(),
        });
        await national.stats.permits.set({
          periodStart: '2017-01-01',
          periodEnd: '2017-12-31',
          locationId: 'alpha',
          count: count / 10,
          idempotencyKey: key(),
        });
      }
      const listed = await (await as('analyst')).stats.permits.list({});
      expect(listed.map((e) => [e.locationId, e.count])).toEqual([
        ['alpha', 12],
        [null, 120],
      ]);
      const own = await (await as('location-admin', 'beta')).stats.permits.list({});
      expect(own.map((e) => e.locationId)).toEqual([null]);
      const bad = await national.stats.permits
        .set({
          periodStart: '2017-12-31',
          periodEnd: '2017-01-01',
          count: 1,
          idempotencyKey: key(),
        })
        .catch((e: unknown) => e);
      expect(clientMessage(bad)).toMatch(/periodEnd: expected a date on or after periodStart/);
    });
  });

  describe('stats.pulse', () => {
    it("fills in the week's counts from the visits, protected; a stale version is a CONFLICT", async () => {
      // 2017-W10 is Monday 6 to Sunday 12 March.
      expect(isoWeekDays('2017-W10')).toEqual({ start: '2017-03-06', end: '2017-03-12' });
      await addVisits(db, [
        ...repeat(10, () => ({ locationId: 'alpha', date: '2017-03-07', track: 2 as const })),
        ...repeat(6, () => ({ locationId: 'alpha', date: '2017-03-08', track: 1 as const })),
        { locationId: 'alpha', date: '2017-03-09', track: 2, status: 'no-show' },
        { locationId: 'alpha', date: '2017-03-09', track: 2, status: 'cancelled' },
        // Another week and another location do not count.
        { locationId: 'alpha', date: '2017-03-13', track: 2 },
        { locationId: 'beta', date: '2017-03-07', track: 2 },
      ]);
      const admin = await as('location-admin', 'alpha');
      const first = await admin.stats.pulse.submit({
        locationId: 'alpha',
        isoWeek: '2017-W10',
        status: 'yellow',
        deviations: 'Permit cards late for two families',
        questions: '',
        suggestions: 'Book an interpreter for the whole day',
        idempotencyKey: key(),
      });
      expect(first).toMatchObject({
        version: 1,
        weekStart: '2017-03-06',
        weekEnd: '2017-03-12',
        status: 'yellow',
      });
      const shown = (value: number) => ({ value, flag: null });
      const hidden = { value: null, flag: 'hidden' };
      expect(first.counts).toEqual({
        participants: {
          byTrack: { '1': shown(6), '2': shown(10), '3': shown(0) },
          total: shown(16),
        },
        visits: { byTrack: { '1': shown(6), '2': shown(11), '3': shown(0) }, total: shown(17) },
        noShows: { byTrack: { '1': shown(0), '2': hidden, '3': shown(0) }, total: hidden },
        threshold: 5,
      });

      const again = await admin.stats.pulse
        .submit({
          locationId: 'alpha',
          isoWeek: '2017-W10',
          status: 'green',
          idempotencyKey: key(),
        })
        .catch((e: unknown) => e);
      expect(errorCode(again)).toBe('CONFLICT');

      const second = await (
        await as('national-admin')
      ).stats.pulse.submit({
        locationId: 'alpha',
        isoWeek: '2017-W10',
        status: 'green',
        expectedVersion: 1,
        idempotencyKey: key(),
      });
      expect(second).toMatchObject({ version: 2, status: 'green', deviations: '' });

      const stale = await admin.stats.pulse
        .submit({
          locationId: 'alpha',
          isoWeek: '2017-W10',
          status: 'red',
          expectedVersion: 1,
          idempotencyKey: key(),
        })
        .catch((e: unknown) => e);
      expect(errorCode(stale)).toBe('CONFLICT');
      expect(clientMessage(stale)).toMatch(/now version 2/);

      const listed = await (await as('analyst')).stats.pulse.list({ fromWeek: '2017-W01' });
      expect(listed.map((r) => [r.locationId, r.isoWeek, r.version, r.status])).toEqual([
        ['alpha', '2017-W10', 2, 'green'],
      ]);
    });

    it('a location admin submits and reads only their own location', async () => {
      const admin = await as('location-admin', 'alpha');
      const submit = await admin.stats.pulse
        .submit({ locationId: 'beta', isoWeek: '2017-W10', status: 'green', idempotencyKey: key() })
        .catch((e: unknown) => e);
      expect(errorCode(submit)).toBe('FORBIDDEN');
      const list = await admin.stats.pulse.list({ locationId: 'beta' }).catch((e: unknown) => e);
      expect(errorCode(list)).toBe('FORBIDDEN');
      const analyst = await (
        await as('analyst')
      ).stats.pulse
        .submit({
          locationId: 'alpha',
          isoWeek: '2017-W10',
          status: 'green',
          idempotencyKey: key(),
        })
        .catch((e: unknown) => e);
      expect(errorCode(analyst)).toBe('FORBIDDEN');
    });

    it('a week the year does not have is a BAD_REQUEST on isoWeek', async () => {
      const error = await (
        await as('national-admin')
      ).stats.pulse
        .submit({
          locationId: 'alpha',
          isoWeek: '2017-W53',
          status: 'green',
          idempotencyKey: key(),
        })
        .catch((e: unknown) => e);
      expect(errorCode(error)).toBe('BAD_REQUEST');
      expect(clientMessage(error)).toMatch(/isoWeek: 2017 has no week 2017-W53/);
      expect(isoWeekDays('2015-W53')).toEqual({ start: '2015-12-28', end: '2016-01-03' });
    });
  });
});
