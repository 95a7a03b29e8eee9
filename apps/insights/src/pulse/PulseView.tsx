import type { LocationSummary } from '@motesplats/contracts';
import { useInsights } from '../context';
import { maySubmitPulse } from '../access';
import type { Filters } from '../filters/filters';
import { PulseForm } from './PulseForm';
import { PulseGrid } from './PulseGrid';

/** The weekly pulse report (pulstavla): the location's form, and the board of every report. */
export function PulseView({
  filters,
  locations,
}: {
  filters: Filters;
  locations: LocationSummary[];
}) {
  const { user } = useInsights();
  return (
    <div>
      <h3>Pulsrapport</h3>
      <p>
        Varje vecka rapporterar orten hur det går, avvikelser, frågor och förbättringsförslag.
        Veckans antal deltagare och besök räknas fram ur besöken när rapporten skickas in.
      </p>
      {maySubmitPulse(user) ? (
        <PulseForm locations={locations} defaultLocationId={filters.locationId} />
      ) : null}
      <PulseGrid filters={filters} locations={locations} />
    </div>
  );
}
