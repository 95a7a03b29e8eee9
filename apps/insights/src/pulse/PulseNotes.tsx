import type { LocationSummary, PulseReportDto } from '@motesplats/contracts';
import { PULSE_LONG_SV, weekLabel } from './status';
import { PulseTexts } from './PulseTexts';

/** What the locations wrote: deviations, questions and suggestions, newest week first. */
export function PulseNotes({
  reports,
  locations,
}: {
  reports: PulseReportDto[];
  locations: LocationSummary[];
}) {
  const written = reports
    .filter((r) => r.deviations || r.questions || r.suggestions)
    .sort((a, b) => b.isoWeek.localeCompare(a.isoWeek));
  if (written.length === 0) return null;
  const name = (id: string) => locations.find((l) => l.id === id)?.name ?? id;
  return (
    <details className="ms-pulse-notes">
      <summary>Avvikelser, frågor och förslag ({written.length} rapporter)</summary>
      {written.map((r) => (
        <article key={r.id} aria-label={`${name(r.locationId)}, ${weekLabel(r.isoWeek)}`}>
          <h5>
            {name(r.locationId)}, {weekLabel(r.isoWeek)}: {PULSE_LONG_SV[r.status]}
          </h5>
          <PulseTexts report={r} />
        </article>
      ))}
    </details>
  );
}
