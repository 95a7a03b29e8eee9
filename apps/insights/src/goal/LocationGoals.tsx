import type { GoalFigure } from '@motesplats/contracts';
import type { GoalRow } from './GoalTable';
import { GoalRows } from './GoalRows';

/** Every location's share for the period, from the national stats.goal's perLocation. */
export function LocationGoals({ figures, period }: { figures: GoalFigure[]; period: string }) {
  const rows: GoalRow[] = figures.map((figure) => ({
    key: figure.locationId ?? '',
    label: figure.locationName ?? figure.locationId ?? '',
    period,
    line: { kind: 'figure', figure },
  }));
  return (
    <GoalRows
      title={`Måluppfyllelse per ort, ${period}`}
      per="per ort"
      rowHeader="Ort"
      rows={rows}
    />
  );
}
