import type { RemoteProps } from '@motesplats/contracts';
import { AgencyRemote } from '@motesplats/caseworker-kit';
import '@motesplats/ui/styles.css';
import '@motesplats/caseworker-kit/styles.css';
import { DETAIL_EDITORS } from './detail-editors';
import { PensionAgePanel } from './PensionAgePanel';

/**
 * The exposed module ('./App'). Pensionsmyndigheten books no track: it meets the household's
 * members aged 65 or more about garantipension or äldreförsörjningsstöd.
 */
export default function App(props: RemoteProps) {
  return (
    <AgencyRemote
      {...props}
      agency="pm"
      detailEditors={DETAIL_EDITORS}
      HouseholdExtras={PensionAgePanel}
    />
  );
}
