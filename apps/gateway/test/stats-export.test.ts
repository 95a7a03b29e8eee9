import { randomUUID } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsCell, StatsTable } from '@motesplats/contracts';
import { Browser, startGateway, type Running } from './support.js';

const EVIL_NAME = '=HYPERLINK("http://evil.example","click")';
const EVIL_AGENCIES = ['@SUM(1+1)', '+46701234567', '-2+3', '\tcmd'];

const allHidden = (t: StatsTable) =>
  [...t.cells.flat(), ...t.rowTotals, ...t.colTotals, t.total].filter((c) => c.flag === 'hidden')
    .length;

/** The entries of a zip file by name (stored or deflated), read with node:zlib only. */
function unzip(buffer: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory: not a zip file');
  const entries = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart =
      local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataStart, dataStart + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');

/** A worksheet's cells by reference (A1, B2, …): numbers as numbers, text as text. */
function sheetCells(files: Map<string, string>, sheet: string): Map<string, string | number> {
  const shared = [
    ...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((m) =>
    unescapeXml([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const xml = files.get(`xl/worksheets/${sheet}.xml`);
  if (!xml) throw new Error(`no ${sheet} in ${[...files.keys()].join(', ')}`);
  const cells = new Map<string, string | number>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, ref, attrs, body = ''] = m;
    const type = /t="(\w+)"/.exec(attrs!)?.[1];
    const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
    const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    if (type === 's' && value !== undefined) cells.set(ref!, shared[Number(value)]!);
    else if (type === 'inlineStr' && inline !== undefined) cells.set(ref!, unescapeXml(inline));
    else if (type === 'str' && value !== undefined) cells.set(ref!, unescapeXml(value));
    else if (value !== undefined) cells.set(ref!, Number(value));
  }
  return cells;
}

describe('GET /api/stats/export.csv and .xlsx', () => {
  let gw: Running;
  beforeAll(async () => {
    gw = await startGateway();
    const db = gw.db.prisma;
    // A location whose name is a formula: it reaches the file as a row label.
    await db.location.create({
      data: { id: 'evil', name: EVIL_NAME, municipalityCode: '9997', config: {} },
    });
    const visits: Array<{ locationId: string; track: number; invitingAgency: string }> = [
      ...Array.from({ length: 12 }, (_, i) => ({
        locationId: 'demo',
        track: (i % 2) + 2,
        invitingAgency: (i % 2) + 2 === 2 ? 'af' : 'kommun',
      })),
      ...Array.from({ length: 6 }, () => ({ locationId: 'nope', track: 2, invitingAgency: 'af' })),
      { locationId: 'evil', track: 2, invitingAgency: 'af' },
      { locationId: 'evil', track: 3, invitingAgency: 'kommun' },
      ...EVIL_AGENCIES.map((invitingAgency) => ({ locationId: 'nope', track: 1, invitingAgency })),
    ];
    for (const v of visits) {
      const householdId = randomUUID();
      await db.household.create({
        data: {
          id: householdId,
          locationId: v.locationId,
          reference: `X-${householdId}`,
          members: {
            create: [
              {
                givenName: 'Prov',
                familyName: 'Exportsson',
                birthDate: new Date('1985-02-03'),
                sex: 'male',
              },
            ],
          },
        },
      });
      await db.visit.create({
        data: {
          ...v,
          householdId,
          date: new Date('2017-05-10T00:00:00Z'),
          startTime: '09:00',
          status: 'completed',
        },
      });
    }
  });
  afterAll(async () => {
    await gw.close();
  });

  const signedIn = async (input: object) => {
    const browser = new Browser(gw.base);
    expect((await browser.mutate('auth.devLogin', input)).status).toBe(200);
    return browser;
  };
  const errorOf = async (response: Response) =>
    ((await response.json()) as { error: { code: string; message: string } }).error;

  it('is 401 without a session, for both formats', async () => {
    for (const ext of ['csv', 'xlsx']) {
      const response = await fetch(`${gw.base}/api/stats/export.${ext}?rows=track&cols=sex`);
      expect(response.status).toBe(401);
      expect((await errorOf(response)).code).toBe('UNAUTHORIZED');
    }
  });

  it('is 403 for a role without statistics, and for a location admin asking for another location', async () => {
    const caseworker = await signedIn({ role: 'caseworker', agency: 'af', locationId: 'demo' });
    expect((await caseworker.fetch('/api/stats/export.csv?rows=track&cols=sex')).status).toBe(403);
    const admin = await signedIn({ role: 'location-admin', locationId: 'demo' });
    const other = await admin.fetch('/api/stats/export.xlsx?rows=track&cols=sex&locationId=nope');
    expect(other.status).toBe(403);
    expect((await errorOf(other)).message).toMatch(/limited to location 'demo', not 'nope'/);
    // Without a locationId the admin's own location is the scope.
    const own = await admin.fetch('/api/stats/export.csv?rows=location&cols=track');
    expect(own.status).toBe(200);
    const text = await own.text();
    expect(text).toContain('Mötesplats Demoby');
    expect(text).not.toContain('Utan AF');
  });

  it('is 400 naming the parameter for bad values, never 500', async () => {
    const analyst = await signedIn({ role: 'analyst' });
    const cases: Array<[string, RegExp]> = [
      ['rows=nonsense&cols=sex', /^rows: expected one of location, track/],
      ['rows=track&cols=track', /^cols: expected a dimension other than rows/],
      ['rows=track', /^cols: /],
      ['rows=track&cols=sex&track=4', /^track: /],
      ['rows=track&cols=sex&track=two', /^track: /],
      ['rows=track&cols=sex&from=2017-02-30', /^from: expected a date as YYYY-MM-DD/],
      ['rows=track&cols=sex&from=2017-05-01&to=2017-04-01', /^to: expected a date on or after/],
      ['rows=track&cols=sex&locationId=Not%20A%20Slug', /^locationId: expected a slug/],
      ['rows=track&cols=sex&protection=round', /^protection: expected suppress or perturb/],
      ['rows=track&cols=sex&evil=1', /^evil: not a parameter of this export/],
      ['rows=track&rows=sex&cols=sex', /^rows: /],
    ];
    for (const [query, expected] of cases) {
      const response = await analyst.fetch(`/api/stats/export.csv?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as {
        error: { issues: Array<{ path: string; message: string }> };
      };
      const first = body.error.issues[0]!;
      expect(`${first.path}: ${first.message}`, query).toMatch(expected);
    }
    const unknown = await analyst.fetch(
      '/api/stats/export.csv?rows=track&cols=sex&locationId=gamma',
    );
    expect(unknown.status).toBe(404);
  });

  it('CSV: protected values, a legend, the right headers, and formula-like text neutralised', async () => {
    const analyst = await signedIn({ role: 'analyst' });
    const response = await analyst.fetch('/api/stats/export.csv?rows=location&cols=track');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="motesplats-participants_location-by-track.csv"',
    );
    const raw = Buffer.from(await response.arrayBuffer());
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = raw.toString('utf8').slice(1);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Location \\ Track,1,2,3,Total');
    // The location named like a formula is a label starting with a quote, and its two
    // participants (a small count) are empty cells.
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")",0,,,`);
    expect(lines).toContain('Mötesplats Demoby,0,6,6,12');
    // Exactly the protected table that stats.table gives the same user: nothing more.
    const trpc = (await (
      await analyst.query('stats.table', { rows: 'location', cols: 'track' })
    ).json()) as { result: { data: StatsTable } };
    const table = trpc.result.data;
    const shown = (c: StatsCell) => (c.value === null ? '' : String(c.value));
    table.cells.forEach((line, r) => {
      const tail = [...line, table.rowTotals[r]!].map(shown).join(',');
      expect(lines[r + 1]!.endsWith(`,${tail}`), `${lines[r + 1]} vs ${tail}`).toBe(true);
    });
    expect(lines[table.rowKeys.length + 1]).toBe(
      ['Total', ...[...table.colTotals, table.total].map(shown)].join(','),
    );
    expect(allHidden(table)).toBeGreaterThan(0);
    // A blank line, then the legend that explains the empty cells.
    const legendAt = lines.findIndex((line) => line.startsWith('Legend,'));
    expect(lines[legendAt - 1]).toBe('');
    expect(lines[legendAt]).toMatch(/^Legend,"An empty cell is hidden to protect small counts/);
    // No field anywhere starts with a formula character.
    for (const line of lines) {
      for (const field of line.split(',')) {
        expect(field.replace(/^"/, ''), line).not.toMatch(/^[=+\-@\t\r]/);
      }
    }

    const agencies = await (
      await analyst.fetch('/api/stats/export.csv?rows=invitingAgency&cols=year')
    ).text();
    for (const agency of EVIL_AGENCIES) {
      expect(agencies, agency).toContain(`'${agency}`);
    }
    expect(agencies).not.toMatch(/(^|[\r\n,])"?[=+\-@\t]/);
  });

  it('CSV with perturbation says so in the legend and the file name', async () => {
    const analyst = await signedIn({ role: 'analyst' });
    const response = await analyst.fetch(
      '/api/stats/export.csv?rows=track&cols=sex&protection=perturb&from=2017-01-01&to=2017-12-31&track=2',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="motesplats-participants_track-by-sex_track-2_from-2017-01-01_to-2017-12-31_perturbed.csv"',
    );
    const csv = await response.text();
    expect(csv).toMatch(/Counts are perturbed .* up to ±2/);
    expect(csv).toMatch(/^Track,2\r?$/m);
  });

  it('XLSX: a valid workbook with the protected values and a legend sheet', async () => {
    const analyst = await signedIn({ role: 'analyst' });
    const response = await analyst.fetch('/api/stats/export.xlsx?rows=location&cols=track');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="motesplats-participants_location-by-track.xlsx"',
    );
    const buffer = Buffer.from(await response.arrayBuffer());
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    const files = unzip(buffer);
    expect(files.get('[Content_Types].xml')).toMatch(/spreadsheetml/);
    const workbook = files.get('xl/workbook.xml')!;
    expect(workbook).toMatch(/name="Statistics"/);
    expect(workbook).toMatch(/name="Legend"/);

    const cells = sheetCells(files, 'sheet1');
    expect([cells.get('A1'), cells.get('B1'), cells.get('E1')]).toEqual([
      'Location \\ Track',
      '1',
      'Total',
    ]);
    const rowOf = (label: string) =>
      [...cells].find(([ref, v]) => ref.startsWith('A') && v === label)?.[0].slice(1);
    const demo = rowOf('Mötesplats Demoby')!;
    expect(['B', 'C', 'D', 'E'].map((c) => cells.get(`${c}${demo}`))).toEqual([0, 6, 6, 12]);
    // The formula-like name is plain text (the workbook has no formulas at all); its small
    // counts are empty cells.
    const evil = rowOf(EVIL_NAME)!;
    expect(evil).toBeDefined();
    expect(cells.has(`C${evil}`)).toBe(false);
    expect(files.get('xl/worksheets/sheet1.xml')).not.toMatch(/<f>/);
    const legend = sheetCells(files, 'sheet2');
    expect(legend.get('A1')).toBe('Legend');
    expect(legend.get('B1')).toMatch(/hidden to protect small counts/);
  });
});
