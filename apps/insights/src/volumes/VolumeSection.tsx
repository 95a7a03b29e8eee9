import { useQuery } from '@tanstack/react-query';
import { Alert } from '@motesplats/ui';
import type { StatsDim, StatsTable } from '@motesplats/contracts';
import { errorMessage } from '@motesplats/caseworker-kit';
import { useInsights } from '../context';
import { filterInput, type Filters } from '../filters/filters';
import { BarChart } from '../charts/BarChart';
import { formatCount, keyLabel } from '../format';
import { ProtectionLegend } from '../stats/ProtectedCount';
import { VolumeTable } from './VolumeTable';
import { Downloads } from './Downloads';

export interface VolumeSectionProps {
  dim: StatsDim;
  /** e.g. 'Deltagare per spår'. */
  title: string;
  filters: Filters;
}

/** Columns by year, so a period of several years shows each year beside the total. */
const COLS: StatsDim = 'year';

function chartSummary(title: string, table: StatsTable): string {
  const parts = table.rowKeys.map((key, i) => {
    const cell = table.rowTotals[i]!;
    const label = keyLabel(table.rows, key, table.rowLabels[i]!);
    return `${label}: ${cell.value === null ? 'prickad' : formatCount(cell.value)}`;
  });
  return `Stapeldiagram, ${title.toLowerCase()}. ${parts.join('; ') || 'Inga deltagare'}.`;
}

/** One breakdown of the participants: a chart, the same figures as a table, and downloads. */
export function VolumeSection({ dim, title, filters }: VolumeSectionProps) {
  const { api } = useInsights();
  const input = { rows: dim, cols: COLS, ...filterInput(filters) };
  const table = useQuery({
    queryKey: ['stats.table', input],
    queryFn: () => api.stats.table(input),
  });
  const headingId = `ms-insights-volume-${dim}`;

  return (
    <section className="ms-insights-section" aria-labelledby={headingId}>
      <h4 id={headingId}>{title}</h4>
      {table.isPending ? <p role="status">Hämtar {title.toLowerCase()}…</p> : null}
      {table.isError ? (
        <Alert tone="error">Kunde inte hämta statistiken: {errorMessage(table.error)}</Alert>
      ) : null}
      {table.data ? (
        <>
          <BarChart
            summary={chartSummary(title, table.data)}
            format={formatCount}
            data={table.data.rowKeys.map((key, i) => ({
              key,
              label: keyLabel(dim, key, table.data.rowLabels[i]!),
              value: table.data.rowTotals[i]!.value,
            }))}
          />
          <VolumeTable caption={title} table={table.data} />
          <ProtectionLegend protection={table.data.protection} />
          <Downloads
            title={title.toLowerCase()}
            table={{ rows: dim, cols: COLS }}
            filters={filters}
          />
        </>
      ) : null}
    </section>
  );
}
