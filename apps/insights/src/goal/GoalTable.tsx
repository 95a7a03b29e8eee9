import { ProtectedCount } from '../stats/ProtectedCount';
import { formatCount } from '../format';
import { metText, shareText, type GoalLine } from './goal-text';

export interface GoalRow {
  key: string;
  label: string;
  /** The period the row covers, for the messages ('2017', 'Kv 2 2017'). */
  period: string;
  line: GoalLine | null;
}

/** Goal fulfilment as a table: the chart's alternative, with the counts behind each share. */
export function GoalTable({
  caption,
  rowHeader,
  rows,
}: {
  caption: string;
  rowHeader: string;
  rows: readonly GoalRow[];
}) {
  return (
    <div className="ms-table-wrapper">
      <table className="ms-table ms-insights-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col">Deltagare</th>
            <th scope="col">Beviljade uppehållstillstånd</th>
            <th scope="col">Andel</th>
            <th scope="col">Målet (50 %)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const figure = row.line?.kind === 'figure' ? row.line.figure : null;
            return (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{figure ? <ProtectedCount cell={figure.participants} /> : '–'}</td>
                <td>{figure?.permitsGranted != null ? formatCount(figure.permitsGranted) : '–'}</td>
                <td>{row.line ? shareText(row.line, row.period).short : 'Hämtar…'}</td>
                <td>{metText(figure?.met ?? null)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
