import { stringify } from 'csv-stringify/sync';
import writeXlsxFile, { type Row, type SheetData } from 'write-excel-file/node';
import type { StatsCell, StatsTable } from '@motesplats/contracts';

/**
 * A protected table as rows of a spreadsheet: the table with its totals, then a legend. A hidden
 * cell is an empty cell (null), explained by the legend. Only a StatsTable (protected by the
 * API) can be rendered; there is no path for raw counts.
 */
export type ExportCell = string | number | null;

export const HIDDEN_LEGEND =
  'An empty cell is hidden to protect small counts: counts from 1 to 4, and counts that would ' +
  'let one be worked out from the totals, are not published.';
const PERTURBED_LEGEND =
  'Counts are perturbed to protect small counts (cell-key method): each count may differ from ' +
  'the true one by up to ±MAX, the same way every time; zeros are true zeros. Totals are ' +
  'perturbed on their own, so rows and columns need not add up to their totals.';
const COUNTED =
  'Participants: distinct persons who attended a Mötesplats, each counted once, at their first ' +
  'visit in the period.';

const DIM_NAMES: Record<StatsTable['rows'], string> = {
  location: 'Location',
  track: 'Track',
  sex: 'Sex',
  ageBand: 'Age band',
  isoWeek: 'ISO week',
  month: 'Month',
  year: 'Year',
  invitingAgency: 'Inviting agency',
};

const valueOf = (cell: StatsCell): ExportCell => (cell.flag === 'hidden' ? null : cell.value);

export function tableRows(table: StatsTable): ExportCell[][] {
  return [
    [`${DIM_NAMES[table.rows]} \\ ${DIM_NAMES[table.cols]}`, ...table.colLabels, 'Total'],
    ...table.rowLabels.map((label, r) => [
      label,
      ...table.cells[r]!.map(valueOf),
      valueOf(table.rowTotals[r]!),
    ]),
    ['Total', ...table.colTotals.map(valueOf), valueOf(table.total)],
  ];
}

export function legendRows(table: StatsTable): ExportCell[][] {
  const protection =
    table.protection.method === 'suppress'
      ? HIDDEN_LEGEND
      : PERTURBED_LEGEND.replace('MAX', String(table.protection.maxNoise));
  const f = table.filter;
  return [
    ['Legend', protection],
    ['Counted', COUNTED],
    ['Rows', DIM_NAMES[table.rows]],
    ['Columns', DIM_NAMES[table.cols]],
    ['From', f.from ?? 'any date'],
    ['To', f.to ?? 'any date'],
    ['Location', f.locationId ?? 'all locations'],
    ['Track', f.track === null ? 'all tracks' : String(f.track)],
  ];
}

/**
 * Spreadsheet programs run a CSV cell that starts with =, +, -, @, a tab or a carriage return
 * as a formula (CSV injection, OWASP). Such a text cell gets a leading single quote, which
 * shows it as the text it is. Numbers are written as numbers and are never negative here.
 */
export function neutraliseFormula(cell: ExportCell): ExportCell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function toCsv(table: StatsTable): string {
  // A record of one empty field is a blank line; an empty record would be dropped.
  const rows = [...tableRows(table), [''], ...legendRows(table)];
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (å, ä, ö).
  return stringify(
    rows.map((row) => row.map(neutraliseFormula)),
    { bom: true, record_delimiter: 'windows' },
  );
}

const text = (value: string, bold = false) =>
  bold ? { value, type: String, fontWeight: 'bold' as const } : { value, type: String };

function sheetRow(row: ExportCell[], header: boolean): Row {
  return row.map((cell, i) => {
    if (cell === null) return null;
    // Text cells are typed as text: a spreadsheet shows "=…" as text and never runs it.
    if (typeof cell === 'string') return text(cell, header || i === 0);
    return { value: cell, type: Number };
  });
}

export async function toXlsx(table: StatsTable): Promise<Buffer> {
  const rows = tableRows(table);
  const legend = legendRows(table);
  const data: SheetData = [
    ...rows.map((row, r) => sheetRow(row, r === 0 || r === rows.length - 1)),
    [],
    // The protection note under the table too, so nobody reads an empty cell as a zero.
    sheetRow(legend[0]!, false),
  ];
  return writeXlsxFile([
    { data, sheet: 'Statistics', columns: [{ width: 28 }], stickyRowsCount: 1 },
    {
      data: legend.map((row) => sheetRow(row, false)),
      sheet: 'Legend',
      columns: [{ width: 12 }, { width: 100 }],
    },
  ]).toBuffer();
}
