import type { GoalFigure } from '@motesplats/contracts';
import { BarChart } from '../charts/BarChart';
import { formatPercent } from '../format';
import { shareText, type GoalLine } from './goal-text';
import { GoalTable, type GoalRow } from './GoalTable';

/** Every location's share for the period, from the national stats.goal's perLocation. */
export function LocationGoals({ figures, period }: { figures: GoalFigure[]; period: string }) {
  const rows: GoalRow[] = figures.map((f) => {
    const line: GoalLine = { kind: 'figure', figure: f };
    return { key: f.locationId ?? '', label: f.locationName ?? f.locationId ?? '', period, line };
  });
  const notes = rows
    .map((row) => shareText(row.line!, period).long)
    .filter((note): note is string => note !== null);
  const title = `Måluppfyllelse per ort, ${period}`;
  return (
    <section className="ms-insights-section" aria-labelledby="ms-insights-goal-locations">
      <h4 id="ms-insights-goal-locations">{title}</h4>
      <BarChart
        summary={`Stapeldiagram, andel per ort mot målet 50 %. ${rows
          .map((row) => `${row.label}: ${shareText(row.line!, period).short}`)
          .join('; ')}.`}
        format={formatPercent}
        minMax={100}
        reference={{ value: 50, label: 'Mål 50 %' }}
        data={rows.map((row) => ({
          key: row.key,
          label: row.label,
          value: row.line?.kind === 'figure' ? row.line.figure.percent : null,
          note: shareText(row.line!, period).short,
        }))}
      />
      <GoalTable caption={title} rowHeader="Ort" rows={rows} />
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
