import { useQueries } from '@tanstack/react-query';
import { useInsights } from '../context';
import { goalPeriods } from '../periods';
import type { Filters } from '../filters/filters';
import { lineOfError, type GoalLine } from './goal-text';
import type { GoalRow } from './GoalTable';
import { GoalRows } from './GoalRows';

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
  const per = `per ${byQuarter ? 'kvartal' : 'år'}`;
  return (
    <GoalRows
      title={`Måluppfyllelse ${per}, ${whereLabel}`}
      per={per}
      rowHeader="Period"
      rows={rows}
    />
  );
}
