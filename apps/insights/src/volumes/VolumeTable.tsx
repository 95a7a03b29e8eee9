import type { StatsTable } from '@motesplats/contracts';
import { DIM_SV, keyLabel } from '../format';
import { ProtectedCount } from '../stats/ProtectedCount';

/**
 * The chart's data as a table: a row per key, a column per year and the totals, each cell as
 * the API protected it. Built by hand rather than with the ui Table because the total row
 * needs a row header of its own in the body.
 */
export function VolumeTable({ caption, table }: { caption: string; table: StatsTable }) {
  const severalCols = table.colKeys.length > 1;
  return (
    <div className="ms-table-wrapper">
      <table className="ms-table ms-insights-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{DIM_SV[table.rows]}</th>
            {severalCols
              ? table.colKeys.map((key, i) => (
                  <th key={key} scope="col">
                    {keyLabel(table.cols, key, table.colLabels[i]!)}
                  </th>
                ))
              : null}
            <th scope="col">Antal deltagare</th>
          </tr>
        </thead>
        <tbody>
          {table.rowKeys.length === 0 ? (
            <tr>
              <td colSpan={table.colKeys.length + 2}>Inga deltagare under perioden.</td>
            </tr>
          ) : null}
          {table.rowKeys.map((key, r) => (
            <tr key={key}>
              <th scope="row">{keyLabel(table.rows, key, table.rowLabels[r]!)}</th>
              {severalCols
                ? table.cells[r]!.map((cell, c) => (
                    <td key={table.colKeys[c]}>
                      <ProtectedCount cell={cell} />
                    </td>
                  ))
                : null}
              <td>
                <ProtectedCount cell={table.rowTotals[r]!} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Totalt</th>
            {severalCols
              ? table.colTotals.map((cell, c) => (
                  <td key={table.colKeys[c]}>
                    <ProtectedCount cell={cell} />
                  </td>
                ))
              : null}
            <td>
              <ProtectedCount cell={table.total} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
