import { createDatabase, type Database } from '@motesplats/db';
import { generateRecords } from './generate-records.js';
import {
  inDatabase,
  inProcess,
  RecordsTable,
  sameTables,
  timed,
  timedAsync,
  type Tabulated,
  type TableSpec,
} from './statistics.bench.js';
import { formatTable } from './table.js';

// The statistics benchmark: a generated year of 1,000,000 visit records (BENCH_RECORDS to
// change it), tabulated and suppressed two ways:
// - in process, as the API does: crossTab over the records in memory, then suppress;
// - in the database: the records loaded into a table, GROUP BY the two dimensions there (each
//   attended person once, at their first visit, exactly crossTab's rule), then suppress.
// In-memory PGlite always; PostgreSQL too when BENCH_POSTGRES_URL or TEST_POSTGRES_URL is set.
// Each table is made three times on each side and the median is shown. The benchmark fails if
// the database's table or suppression pattern differs from the in-process one.

const SPECS: TableSpec[] = [
  { rows: 'location', cols: 'isoWeek' },
  { rows: 'location', cols: 'track' },
  { rows: 'sex', cols: 'ageBand' },
];
const RUNS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => x.toFixed(x < 10 ? 1 : 0);
const perSecond = (n: number, millis: number) =>
  `${((n / millis) * 1000).toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const hidden = (t: Tabulated) => t.suppressed.cells.flat().filter((c) => c.flag !== null).length;

type Medians = { tabulate: number; suppress: number; result: Tabulated };

function medianOf(results: Tabulated[]): Medians {
  return {
    tabulate: median(results.map((r) => r.tabulateMs)),
    suppress: median(results.map((r) => r.suppressMs)),
    result: results[0]!,
  };
}

async function databaseSide(
  label: string,
  open: () => Promise<Database>,
  records: Parameters<RecordsTable['load']>[0],
) {
  const db = await open();
  const table = new RecordsTable(db);
  try {
    await table.create();
    const load = await timedAsync(() => table.load(records));
    const fetch = await timedAsync(async () => (await table.fetchAll()).length);
    if (fetch.value !== records.length) {
      throw new Error(`${label}: fetched ${fetch.value} of ${records.length} rows`);
    }
    const bySpec = new Map<TableSpec, Medians>();
    for (const spec of SPECS) {
      const runs: Tabulated[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await inDatabase(table, spec));
      bySpec.set(spec, medianOf(runs));
    }
    return { label, loadMs: load.ms, fetchMs: fetch.ms, bySpec };
  } finally {
    await table.drop().catch(() => undefined);
    await db.close();
  }
}

export async function runStatisticsBench(): Promise<void> {
  const count = Number(process.env.BENCH_RECORDS ?? 1_000_000);
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new Error(`BENCH_RECORDS must be a whole number >= 1, got ${process.env.BENCH_RECORDS}`);
  }
  const generated = timed(() => generateRecords(count));
  const records = generated.value;
  const persons = new Set(records.map((r) => r.personKey)).size;
  console.log(
    `Statistics benchmark: ${count.toLocaleString('en-US')} generated visit records ` +
      `(${persons.toLocaleString('en-US')} persons, 27 locations, 2017), generated in ${ms(generated.ms)} ms. ` +
      `Median of ${RUNS} runs per table.\n`,
  );

  // Warm the JIT so the first table's timing is not compile time.
  inProcess(records.slice(0, 50_000), SPECS[0]!);
  const local = new Map<TableSpec, Medians>();
  for (const spec of SPECS) {
    const runs: Tabulated[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(inProcess(records, spec));
    local.set(spec, medianOf(runs));
  }

  const databases = [await databaseSide('PGlite', () => createDatabase('pglite:memory'), records)];
  const postgresUrl = (process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL)?.trim();
  if (postgresUrl) {
    databases.push(await databaseSide('PostgreSQL', () => createDatabase(postgresUrl), records));
  } else {
    console.log(
      '(PostgreSQL skipped: set BENCH_POSTGRES_URL or TEST_POSTGRES_URL to include it.)\n',
    );
  }

  const rows: string[][] = [];
  const mismatches: string[] = [];
  for (const spec of SPECS) {
    const mine = local.get(spec)!;
    const name = `${spec.rows} × ${spec.cols}`;
    const size = `${mine.result.table.rowKeys.length}×${mine.result.table.colKeys.length}`;
    const localTotal = mine.tabulate + mine.suppress;
    rows.push([
      `${name}, in process`,
      size,
      String(hidden(mine.result)),
      ms(mine.tabulate),
      ms(mine.suppress),
      ms(localTotal),
      perSecond(count, mine.tabulate),
      '1.00×',
    ]);
    for (const db of databases) {
      const theirs = db.bySpec.get(spec)!;
      if (!sameTables(mine.result, theirs.result)) mismatches.push(`${name} in ${db.label}`);
      rows.push([
        `${name}, ${db.label} GROUP BY`,
        size,
        String(hidden(theirs.result)),
        ms(theirs.tabulate),
        ms(theirs.suppress),
        ms(theirs.tabulate + theirs.suppress),
        perSecond(count, theirs.tabulate),
        ratio(theirs.tabulate + theirs.suppress, localTotal),
      ]);
    }
  }
  console.log(
    formatTable(
      [
        'table',
        'size',
        'hidden',
        'tabulate ms',
        'suppress ms',
        'total ms',
        'records/s (tabulate)',
        'total ÷ in-process',
      ],
      rows,
    ),
  );
  console.log(
    '\ntabulate: crossTab in process; in a database, the GROUP BY query plus building the ' +
      'table from its rows.\nhidden: suppressed inner cells (threshold 5). ' +
      'total ÷ in-process: (tabulate + suppress) ÷ the in-process figure for the same table.\n',
  );
  console.log(
    formatTable(
      [
        'database',
        'load ms',
        'records/s (load)',
        'fetch all ms',
        'records/s (fetch)',
        'API path ÷ GROUP BY',
      ],
      databases.map((db) => {
        const first = local.get(SPECS[0]!)!;
        const theirs = db.bySpec.get(SPECS[0]!)!;
        return [
          db.label,
          ms(db.loadMs),
          perSecond(count, db.loadMs),
          ms(db.fetchMs),
          perSecond(count, db.fetchMs),
          ratio(db.fetchMs + first.tabulate + first.suppress, theirs.tabulate + theirs.suppress),
        ];
      }),
    ),
  );
  console.log(
    '\nload: INSERT … SELECT FROM unnest in batches of 50,000, then ANALYZE (no index); the ' +
      'API never does this (its records are the visits), it is shown for proportion.\n' +
      "fetch all: every row read into the process as a record, as the API's loader does " +
      'before crossTab.\nAPI path ÷ GROUP BY: (fetch all + crossTab + suppress) ÷ ' +
      `(GROUP BY + suppress), for ${SPECS[0]!.rows} × ${SPECS[0]!.cols}.`,
  );
  if (mismatches.length > 0) {
    throw new Error(`the database and in-process tables differ: ${mismatches.join('; ')}`);
  }
  console.log(`\nEvery database table equals the in-process one (counts and suppression pattern).`);
}
