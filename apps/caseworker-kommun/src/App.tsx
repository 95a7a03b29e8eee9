import type { RemoteProps } from '@motesplats/contracts';
import { AgencyRemote, type AgencyTab } from '@motesplats/caseworker-kit';
import { KOMMUN_DETAIL_EDITORS } from './detail-editors';
import { HomeMunicipalityPanel } from './satellites/HomeMunicipalityPanel';
import { SatellitesTab } from './satellites/SatellitesTab';
import '@motesplats/ui/styles.css';
import '@motesplats/caseworker-kit/styles.css';
import './kommun.css';

const TABS: readonly AgencyTab[] = [
  { id: 'satellites', label: 'Kranskommuner', render: () => <SatellitesTab /> },
];

/**
 * The exposed module ('./App'). The kit does the queue, the step workspace and booking; the
 * municipality adds its registrations, financial assistance and its satellite municipalities.
 * It invites spår 3: municipality-placed persons and quota refugees.
 */
export default function App(props: RemoteProps) {
  return (
    <AgencyRemote
      {...props}
      agency="kommun"
      booking={{ track: 3 }}
      detailEditors={KOMMUN_DETAIL_EDITORS}
      HouseholdExtras={HomeMunicipalityPanel}
      extraTabs={TABS}
    />
  );
}
