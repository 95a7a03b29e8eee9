import type { StatsDim } from '@motesplats/contracts';
import { useInsights } from '../context';
import { filterInput, type Filters } from '../filters/filters';

/**
 * The gateway's export route for a table: the same parameters as stats.table, so the file
 * holds exactly the protected table on the screen (the cookie goes with the link).
 */
export function exportUrl(
  gatewayBase: string,
  format: 'csv' | 'xlsx',
  table: { rows: StatsDim; cols: StatsDim },
  filters: Filters,
): string {
  const params = new URLSearchParams({ rows: table.rows, cols: table.cols });
  for (const [key, value] of Object.entries(filterInput(filters))) params.set(key, String(value));
  return `${gatewayBase}/api/stats/export.${format}?${params.toString()}`;
}

export function Downloads({
  title,
  table,
  filters,
}: {
  title: string;
  table: { rows: StatsDim; cols: StatsDim };
  filters: Filters;
}) {
  const { gatewayBase } = useInsights();
  return (
    <p className="ms-insights-downloads">
      <a href={exportUrl(gatewayBase, 'csv', table, filters)} download>
        Ladda ner {title} som CSV
      </a>
      <a href={exportUrl(gatewayBase, 'xlsx', table, filters)} download>
        Ladda ner {title} som Excel (XLSX)
      </a>
    </p>
  );
}
