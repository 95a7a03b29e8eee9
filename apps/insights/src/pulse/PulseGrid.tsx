import { useQuery } from '@tanstack/react-query';
import { Alert } from '@motesplats/ui';
import { todayInSweden, type LocationSummary, type PulseReportDto } from '@motesplats/contracts';
import { errorMessage } from '@motesplats/caseworker-kit';
import { useInsights } from '../context';
import type { Filters } from '../filters/filters';
import { isoWeekOf } from '@motesplats/statistics';
import { weeksBetween } from '../iso-week';
import { PULSE_SHORT_SV, PULSE_SYMBOL, weekLabel } from './status';
import { PulseNotes } from './PulseNotes';

/** A grid wider than this stops being readable; the last weeks of the period are shown. */
const MAX_WEEKS = 13;

/** The weeks of the period up to this week (no report can exist for a later one). */
export function gridWeeks(filters: Filters, today = todayInSweden()): string[] {
  const to = filters.to < today ? filters.to : today;
  if (to < filters.from) return [];
  return weeksBetween(filters.from, to).slice(-MAX_WEEKS);
}

function Cell({ report }: { report: PulseReportDto | undefined }) {
  if (!report) {
    return <td className="ms-pulse-cell ms-pulse-cell--none">Ingen rapport</td>;
  }
  return (
    <td className={`ms-pulse-cell ms-pulse-cell--${report.status}`} data-status={report.status}>
      <span aria-hidden="true">{PULSE_SYMBOL[report.status]} </span>
      {PULSE_SHORT_SV[report.status]}
    </td>
  );
}

/** The national pulse board: locations down, weeks across, each cell a status in words. */
export function PulseGrid({
  filters,
  locations,
}: {
  filters: Filters;
  locations: LocationSummary[];
}) {
  const { api } = useInsights();
  const weeks = gridWeeks(filters);
  const input = {
    fromWeek: weeks[0],
    toWeek: weeks[weeks.length - 1],
    ...(filters.locationId ? { locationId: filters.locationId } : {}),
  };
  const reports = useQuery({
    queryKey: ['stats.pulse.list', input],
    queryFn: () => api.stats.pulse.list(input),
    enabled: weeks.length > 0,
  });
  const rows = filters.locationId
    ? [
        locations.find((l) => l.id === filters.locationId) ?? {
          id: filters.locationId,
          name: filters.locationId,
        },
      ]
    : locations;
  const byKey = new Map((reports.data ?? []).map((r) => [`${r.locationId} ${r.isoWeek}`, r]));
  const caption = weeks.length
    ? `Pulstavla, ${weekLabel(weeks[0]!)} – ${weekLabel(weeks[weeks.length - 1]!)}`
    : 'Pulstavla';

  return (
    <section className="ms-insights-section" aria-labelledby="ms-insights-pulse-grid">
      <h4 id="ms-insights-pulse-grid">Pulstavla per ort och vecka</h4>
      {weeks.length === 0 ? <p>Perioden har inga veckor fram till i dag.</p> : null}
      {weeks.length === MAX_WEEKS && isoWeekOf(filters.from) !== weeks[0] ? (
        <p>
          Visar periodens senaste {MAX_WEEKS} veckor. Välj en kortare period för att se tidigare
          veckor.
        </p>
      ) : null}
      {reports.isPending && weeks.length > 0 ? <p role="status">Hämtar pulsrapporterna…</p> : null}
      {reports.isError ? (
        <Alert tone="error">Kunde inte hämta pulsrapporterna: {errorMessage(reports.error)}</Alert>
      ) : null}
      {reports.data ? (
        <>
          {/* Many weeks scroll sideways: a focusable region lets keyboard users scroll it too. */}
          <div className="ms-table-wrapper" role="region" aria-label={caption} tabIndex={0}>
            <table className="ms-table ms-pulse-grid">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">Ort</th>
                  {weeks.map((w) => (
                    <th key={w} scope="col">
                      {weekLabel(w)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((location) => (
                  <tr key={location.id}>
                    <th scope="row">{location.name}</th>
                    {weeks.map((w) => (
                      <Cell key={w} report={byKey.get(`${location.id} ${w}`)} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="ms-insights-legend">
            Grönt (●): det fungerar bra. Gult (▲): vissa problem. Rött (■): allvarliga problem,
            orten behöver stöd.
          </p>
          <PulseNotes reports={reports.data} locations={locations} />
        </>
      ) : null}
    </section>
  );
}
