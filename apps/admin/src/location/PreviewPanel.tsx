import type { LocationConfig } from '@motesplats/location-config';
import { PreviewChains } from './PreviewChains';
import { SampleDay } from './SampleDay';

export function PreviewPanel(props: {
  locationId: string;
  values: LocationConfig;
  valid: LocationConfig | null;
}) {
  return (
    <section aria-labelledby="loc-preview-heading">
      <h3 id="loc-preview-heading">Förhandsvisning</h3>
      <PreviewChains values={props.values} />
      <SampleDay locationId={props.locationId} valid={props.valid} />
    </section>
  );
}
