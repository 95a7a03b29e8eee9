import { useOverview, usePermits } from '../shared/queries';
import { QueryState } from '../shared/QueryState';
import { PermitsForm } from './PermitsForm';
import { PermitsTable } from './PermitsTable';

/**
 * Residence permits granted per period: the goal's denominator (at least half of the newcomers
 * should pass a Mötesplats), entered from Migrationsverket's figures.
 */
export function PermitsPanel() {
  const permits = usePermits();
  // Only for the locations' names: the form still works (nationally) while they load or fail.
  const locations = useOverview().data ?? [];
  const names = new Map(locations.map((l) => [l.id, l.name]));
  const placeName = (id: string | null) => (id === null ? 'Hela landet' : (names.get(id) ?? id));
  const sorted = [...locations].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <>
      <p>
        Antalet beviljade uppehållstillstånd (utom ensamkommande barn) är nämnaren i målet att minst
        hälften av de nyanlända ska gå igenom en Mötesplats.
      </p>
      <PermitsForm locations={sorted} placeName={placeName} />
      <QueryState query={permits} what="de inmatade siffrorna">
        {(entries) => <PermitsTable entries={entries} placeName={placeName} />}
      </QueryState>
    </>
  );
}
