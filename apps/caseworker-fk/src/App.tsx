import type { RemoteProps } from '@motesplats/contracts';
import { AgencyRemote } from '@motesplats/caseworker-kit';
import '@motesplats/ui/styles.css';
import '@motesplats/caseworker-kit/styles.css';
import { BenefitsPanel } from './BenefitsPanel';
import { DETAIL_EDITORS } from './detail-editors';

/**
 * The exposed module ('./App'). Försäkringskassan books no track: it registers members in the
 * social insurance and goes through the benefits that fit the household.
 */
export default function App(props: RemoteProps) {
  return (
    <AgencyRemote
      {...props}
      agency="fk"
      detailEditors={DETAIL_EDITORS}
      HouseholdExtras={BenefitsPanel}
    />
  );
}
