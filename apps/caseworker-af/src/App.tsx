import type { RemoteProps } from '@motesplats/contracts';
import { AgencyRemote } from '@motesplats/caseworker-kit';
import { AF_DETAIL_EDITORS } from './detail-editors';
import '@motesplats/ui/styles.css';
import '@motesplats/caseworker-kit/styles.css';

/**
 * The exposed module ('./App'). The shell hands over where the gateway is; the kit does the
 * queue, the step workspace and booking; this app adds only Arbetsförmedlingen's own work:
 * the establishment meeting's details, and spår 2, which Arbetsförmedlingen invites to.
 */
export default function App(props: RemoteProps) {
  return (
    <AgencyRemote {...props} agency="af" booking={{ track: 2 }} detailEditors={AF_DETAIL_EDITORS} />
  );
}
