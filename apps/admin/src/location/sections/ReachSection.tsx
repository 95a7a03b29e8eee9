import { BranchesEditor } from './BranchesEditor';
import { MobileTeamsEditor } from './MobileTeamsEditor';
import { SatellitesEditor } from './SatellitesEditor';

/** How the location reaches beyond its own municipality. */
export function ReachSection() {
  return (
    <section aria-labelledby="loc-reach-heading">
      <h3 id="loc-reach-heading">Kranskommuner, filialer och mobila team</h3>
      <SatellitesEditor />
      <BranchesEditor />
      <MobileTeamsEditor />
    </section>
  );
}
