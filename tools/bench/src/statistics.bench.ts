import { randomBytes } from 'node:crypto';
import {
  compareKeys,
  crossTab,
  suppress,
  type CountTable,
  type Dim,
  type SuppressedTable,
  type VisitRecord,
} from '@motesplats/statistics';
import type { Database } from '@motesplats/db';

export type TableSpec = { rows: Dim; cols: Dim };

export type Timed<T> = { ms: number; value: T };

export function timed<T>(work: () => T): Timed<T> {
  const started = performance.now();
  const value = work();
  return { ms: performance.now() - started, value };
}

export async function timedAsync<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

export type Tabulated = {
  table: CountTable;
  suppressed: SuppressedTable;
  tabulateMs: number;
  suppressMs: number;
};

/** What the API does today: records in memory, crossTab, then suppress. */
export function inProcess(records: readonly VisitRecord[], spec: TableSpec): Tabulated {
  const tab = timed(() => crossTab(records, spec));
  const safe = timed(() => suppress(tab.value));
  return { table: tab.value, suppressed: safe.value, tabulateMs: tab.ms, suppressMs: safe.ms };
}

/**
 * A table of the generated records in the database. Not TEMPORARY: with a PostgreSQL pool every
 * query may run on another connection, and a temporary table exists on one only. UNLOGGED,
 * because it is thrown away (dropped by `drop`).
 */
export class RecordsTable {
  readonly name = `bench_visit_records_${randomBytes(4).toString('hex')}`;
  constructor(private readonly db: Database) {}

  async create(): Promise<void> {
    await this.db.prisma.$executeRawUnsafe(`
      CREATE UNLOGGED TABLE ${this.name} (
        person_key text NOT NULL, location_id text NOT NULL, day date NOT NULL,
        track smallint NOT NULL, sex text NOT NULL, age_band text NOT NULL,
        inviting_agency text NOT NULL, attended boolean NOT NULL)`);
  }

  /** Batches of 50,000 rows as eight arrays each (INSERT … SELECT FROM unnest). */
  async load(records: readonly VisitRecord[], batch = 50_000): Promise<void> {
    for (let at = 0; at < records.length; at += batch) {
      const part = records.slice(at, at + batch);
      await this.db.prisma.$executeRawUnsafe(
        `INSERT INTO ${this.name}
         SELECT p, l, d::date, t, s, a, i, att
           FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[],
                       $7::text[], $8::boolean[]) AS u(p, l, d, t, s, a, i, att)`,
        part.map((r) => r.personKey),
        part.map((r) => r.locationId),
        part.map((r) => r.date),
        part.map((r) => r.track),
        part.map((r) => r.sex),
        part.map((r) => r.ageBand),
        part.map((r) => r.invitingAgency),
        part.map((r) => r.attended),
      );
    }
    await this.db.prisma.$executeRawUnsafe(`ANALYZE ${this.name}`);
  }

  /**
   * crossTab's rule in SQL: each attended person once, at their first visit in the order the
   * statistics package uses (date, then location, track, sex, age band, inviting agency; the
   * generated keys sort the same by code unit as naturally), then GROUP BY the two dimensions.
   */
  async groupBy(spec: TableSpec): Promise<Array<{ r: string; c: string; n: number }>> {
    return this.db.prisma.$queryRawUnsafe(`
      WITH first AS (
        SELECT DISTINCT ON (person_key) ${SQL_DIM[spec.rows]} AS r, ${SQL_DIM[spec.cols]} AS c
          FROM ${this.name}
         WHERE attended
         ORDER BY person_key, day, location_id COLLATE "C", track, sex COLLATE "C",
                  age_band COLLATE "C", inviting_agency COLLATE "C")
      SELECT r, c, count(*)::int AS n FROM first GROUP BY r, c`);
  }

  /** What the API's loader does instead: every row into the process as a record. */
  async fetchAll(): Promise<VisitRecord[]> {
    const rows = await this.db.prisma.$queryRawUnsafe<
      Array<Omit<VisitRecord, 'track'> & { track: number }>
    >(`
      SELECT person_key AS "personKey", location_id AS "locationId",
             to_char(day, 'YYYY-MM-DD') AS "date", track, sex, age_band AS "ageBand",
             inviting_agency AS "invitingAgency", attended
        FROM ${this.name}`);
    return rows.map((row) => ({ ...row, track: row.track as VisitRecord['track'] }));
  }

  async drop(): Promise<void> {
    await this.db.prisma.$executeRawUnsafe(`DROP TABLE IF EXISTS ${this.name}`);
  }
}

const SQL_DIM: Record<Dim, string> = {
  location: 'location_id',
  track: 'track::text',
  sex: 'sex',
  ageBand: 'age_band',
  isoWeek: `to_char(day, 'IYYY-"W"IW')`,
  month: `to_char(day, 'YYYY-MM')`,
  year: `to_char(day, 'YYYY')`,
  invitingAgency: 'inviting_agency',
};

/** The grouped rows as a two-way table with margins, keys in the package's natural order. */
export function countTable(
  spec: TableSpec,
  groups: ReadonlyArray<{ r: string; c: string; n: number }>,
) {
  const rowKeys = [...new Set(groups.map((g) => g.r))].sort(compareKeys(spec.rows));
  const colKeys = [...new Set(groups.map((g) => g.c))].sort(compareKeys(spec.cols));
  const rowAt = new Map(rowKeys.map((k, i) => [k, i]));
  const colAt = new Map(colKeys.map((k, i) => [k, i]));
  const cells = rowKeys.map(() => colKeys.map(() => 0));
  for (const g of groups) cells[rowAt.get(g.r)!]![colAt.get(g.c)!] = g.n;
  const rowTotals = cells.map((line) => line.reduce((a, b) => a + b, 0));
  const colTotals = colKeys.map((_, c) => cells.reduce((sum, line) => sum + line[c]!, 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  return { rowKeys, colKeys, cells, rowTotals, colTotals, total } satisfies CountTable;
}

/** The database's GROUP BY, then the same suppression in process. */
export async function inDatabase(table: RecordsTable, spec: TableSpec): Promise<Tabulated> {
  const grouped = await timedAsync(() => table.groupBy(spec));
  const tab = timed(() => countTable(spec, grouped.value));
  const safe = timed(() => suppress(tab.value));
  return {
    table: tab.value,
    suppressed: safe.value,
    tabulateMs: grouped.ms + tab.ms,
    suppressMs: safe.ms,
  };
}

/** Same keys, same counts, same suppression pattern. */
export function sameTables(a: Tabulated, b: Tabulated): boolean {
  const strip = (t: Tabulated) =>
    JSON.stringify([
      t.table.rowKeys,
      t.table.colKeys,
      t.table.cells,
      t.table.rowTotals,
      t.table.colTotals,
      t.table.total,
      t.suppressed.cells,
    ]);
  return strip(a) === strip(b);
}
