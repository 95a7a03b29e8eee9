import type { Filters } from '../filters/filters';
import { VolumeSection } from './VolumeSection';

/** The breakdowns the government asked for: volume by track, sex and age. */
export function VolumesView({ filters }: { filters: Filters }) {
  return (
    <div>
      <h3>Volymer</h3>
      <p>
        Deltagare är unika personer som kom till en Mötesplats under perioden, räknade en gång vid
        sitt första besök.
      </p>
      <VolumeSection dim="track" title="Deltagare per spår" filters={filters} />
      <VolumeSection dim="sex" title="Deltagare per kön" filters={filters} />
      <VolumeSection dim="ageBand" title="Deltagare per åldersgrupp" filters={filters} />
    </div>
  );
}
