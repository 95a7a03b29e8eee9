import { useQueries } from '@tanstack/react-query';
import { useInsights } from '../context';
import { BarChart } from '../charts/BarChart';
import { formatPercent } from '../format';
import { goalPeriods } from '../periods';
import type { Filters } from '../filters/filters';
import { lineOfError, shareText, type GoalLine } from './goal-text';
import { GoalTable, type GoalRow } from './GoalTable';

/**
 * Goal fulfilment per year, or per quarter within one year, each asked for on its own: a
 * period without permits then fails alone, and the others still show.
 */
export function GoalTimeline({
  filters,
  where,
  whereLabel,
}: {
  filters: Filters;
  where: string;
  whereLabel: string;
}) {
  const { api } = useInsights();
  const periods = goalPeriods(filters.from, filters.to);
  const results = useQueries({
    queries: periods.map((p) => {
      const input = {
        from: p.from,
        to: p.to,
        ...(filters.locationId ? { locationId: filters.locationId } : {}),
      };
      return { queryKey: ['stats.goal', input], queryFn: () => api.stats.goal(input) };
    }),
  });
  const rows: GoalRow[] = periods.map((p, i) => {
    const r = results[i]!;
    const line: GoalLine | null = r.data
      ? { kind: 'figure', figure: r.data.overall }
      : r.isError
        ? lineOfError(r.error, where)
        : null;
    return { key: `${p.from}/${p.to}`, label: p.label, period: p.label, line };
  });
  const byQuarter = periods.length > 0 && periods[0]!.from.slice(0, 4) === filters.to.slice(0, 4);
  const title = `Måluppfyllelse per ${byQuarter ? 'kvartal' : 'år'}, ${whereLabel}`;
  const notes = rows
    .map((row) => (row.line ? shareText(row.line, row.period).long : null))
    .filter((note): note is string => note !== null);
  const summary = rows
    .map((row) => `${row.label}: ${row.line ? shareText(row.line, row.period).short : 'hämtas'}`)
    .join('; ');

  return (
    <section className="ms-insights-section" aria-labelledby="ms-insights-goal-timeline">
      <h4 id="ms-insights-goal-timeline">{title}</h4>
      <BarChart
        summary={`Stapeldiagram, andel deltagare av beviljade uppehållstillstånd per ${byQuarter ? 'kvartal' : 'år'} mot målet 50 %. ${summary}.`}
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
      <GoalTable caption={title} rowHeader="Period" rows={rows} />
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
