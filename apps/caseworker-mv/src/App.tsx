import type { RemoteProps } from '@motesplats/contracts';
import { AgencyRemote } from '@motesplats/caseworker-kit';
import { DecisionSummary } from './DecisionSummary';
import { MV_DETAIL_EDITORS } from './detail-editors';
import '@motesplats/ui/styles.css';
import '@motesplats/caseworker-kit/styles.css';

/**
 * The exposed module ('./App'). The shell hands over where the gateway is; the kit does the
 * queue, the step workspace and booking; this app adds only Migrationsverket's own work: the
 * decision notification per member, and spår 1, which Migrationsverket invites to.
 */
export default function App(props: RemoteProps) {
  return (
    <AgencyRemote
      {...props}
      agency="mv"
      booking={{ track: 1 }}
      detailEditors={MV_DETAIL_EDITORS}
      HouseholdExtras={DecisionSummary}
    />
  );
}
