import type { RemoteProps } from '@motesplats/contracts';
import { AgencyRemote } from '@motesplats/caseworker-kit';
import '@motesplats/ui/styles.css';
import '@motesplats/caseworker-kit/styles.css';
import { DETAIL_EDITORS } from './detail-editors';
import { MoveNotificationOverview } from './MoveNotificationOverview';

/**
 * The exposed module ('./App'). Skatteverket books no track: its work is the notification of
 * moving to Sweden and the ID-card information, on the kit's queue and step workspace.
 */
export default function App(props: RemoteProps) {
  return (
    <AgencyRemote
      {...props}
      agency="skv"
      detailEditors={DETAIL_EDITORS}
      HouseholdExtras={MoveNotificationOverview}
    />
  );
}
