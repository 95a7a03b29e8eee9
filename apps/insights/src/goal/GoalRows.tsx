import { useId } from 'react';
import { BarChart } from '../charts/BarChart';
import { formatPercent } from '../format';
import { shareText } from './goal-text';
import { GoalTable, type GoalRow } from './GoalTable';

/**
 * Goal fulfilment for a list of rows (periods or locations): the bar chart against the 50 % goal,
 * the same figures as a table, and the notes that say why a row has no share.
 */
export interface GoalRowsProps {
  title: string;
  /** What one bar is, for the chart's summary: 'per år', 'per ort'. */
  per: string;
  rowHeader: string;
  rows: GoalRow[];
}

export function GoalRows({ title, per, rowHeader, rows }: GoalRowsProps) {
  const headingId = useId();
  const short = (row: GoalRow) => (row.line ? shareText(row.line, row.period).short : 'hämtas');
  const notes = rows
    .map((row) => (row.line ? shareText(row.line, row.period).long : null))
    .filter((note): note is string => note !== null);
  return (
    <section className="ms-insights-section" aria-labelledby={headingId}>
      <h4 id={headingId}>{title}</h4>
      <BarChart
        summary={`Stapeldiagram, andel deltagare av beviljade uppehållstillstånd ${per} mot målet 50 %. ${rows
          .map((row) => `${row.label}: ${short(row)}`)
          .join('; ')}.`}
        format={formatPercent}
        minMax={100}
        reference={{ value: 50, label: 'Mål 50 %' }}
        data={rows.map((row) => ({
          key: row.key,
          label: row.label,
          value: row.line?.kind === 'figure' ? row.line.figure.percent : null,
          note: row.line ? shareText(row.line, row.period).short : 'Hämtar…',
        }))}
      />
      <GoalTable caption={title} rowHeader={rowHeader} rows={rows} />
      {notes.length > 0 ? (
        <ul className="ms-insights-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
