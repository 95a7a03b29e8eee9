import { useQuery } from '@tanstack/react-query';
import { useInsights } from '../context';
import type { Filters } from '../filters/filters';
import { periodLabel } from '../periods';
import { lineOfError, whereText, type GoalLine } from './goal-text';
import { HeadlineFigure } from './HeadlineFigure';
import { GoalTimeline } from './GoalTimeline';
import { LocationGoals } from './LocationGoals';

/**
 * The government goal: at least half of the newcomers granted a residence permit pass a
 * Mötesplats. The whole period big, then per year or quarter, then per location.
 */
export function GoalView({
  filters,
  locationName,
}: {
  filters: Filters;
  locationName: string | null;
}) {
  const { api } = useInsights();
  const input = {
    from: filters.from,
    to: filters.to,
    ...(filters.locationId ? { locationId: filters.locationId } : {}),
  };
  const goal = useQuery({ queryKey: ['stats.goal', input], queryFn: () => api.stats.goal(input) });
  const national = !filters.locationId;
  const where = whereText(national ? null : (locationName ?? filters.locationId));
  const whereLabel = national ? 'hela landet' : (locationName ?? filters.locationId!);
  const period = periodLabel(filters);
  const line: GoalLine | null = goal.data
    ? { kind: 'figure', figure: goal.data.overall }
    : goal.isError
      ? lineOfError(goal.error, where)
      : null;

  return (
    <div>
      <h3>Måluppfyllelse</h3>
      <p>
        Målet är att minst hälften av alla nyanlända som får uppehållstillstånd ska passera en
        Mötesplats. Andelen är deltagare (ensamkommande barn undantagna) delat med antalet beviljade
        uppehållstillstånd under samma period. Spårfiltret gäller inte målet.
      </p>
      {line === null ? (
        <p role="status">Hämtar måluppfyllelsen…</p>
      ) : (
        <HeadlineFigure
          line={line}
          period={period}
          title={`${national ? 'Nationellt' : whereLabel}, ${period}`}
          national={national}
        />
      )}
      <GoalTimeline filters={filters} where={where} whereLabel={whereLabel} />
      {goal.data?.perLocation?.length ? (
        <LocationGoals figures={goal.data.perLocation} period={period} />
      ) : null}
    </div>
  );
}
