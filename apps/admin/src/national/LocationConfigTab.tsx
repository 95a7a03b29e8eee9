import { useState } from 'react';
import { Select } from '@motesplats/ui';
import { useAdmin } from '../context';
import { LocationAdmin } from '../location/LocationAdmin';
import { useOverview } from './shared/queries';

/**
 * Any location's configuration, starting with the one open in the shell: a national admin helps
 * every location, and switching the shell's location would reload every remote.
 */
export function LocationConfigTab() {
  const { locationId: open } = useAdmin();
  const overview = useOverview();
  const [locationId, setLocationId] = useState(open);
  const options = (overview.data ?? [{ id: open, name: open }]).map((location) => ({
    value: location.id,
    label: location.name,
  }));
  return (
    <>
      <Select
        label="Ort att konfigurera"
        options={options}
        value={locationId}
        onChange={(event) => setLocationId(event.target.value)}
      />
      {/* Keyed: another location is another form, not this one's draft with new values. */}
      <LocationAdmin key={locationId} locationId={locationId} />
    </>
  );
}
