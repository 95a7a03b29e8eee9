import { Alert, Button } from '@motesplats/ui';
import type { LocationDetail } from '@motesplats/contracts';
import { FocusHeading } from '../shared/FocusHeading';

/** The confirmation after a create; the overview tab has been refreshed by then. */
export function Created({ detail, onAnother }: { detail: LocationDetail; onAnother: () => void }) {
  return (
    <>
      <FocusHeading focusKey={detail.id} focusOnMount>
        Orten är skapad
      </FocusHeading>
      <Alert tone="success" title={`${detail.name} (${detail.id}) är skapad`}>
        Orten har version {detail.version} och finns nu under fliken Orter. Ortens administratör kan
        nu anpassa konfigurationen.
      </Alert>
      <Button variant="secondary" onClick={onAnother}>
        Skapa en ort till
      </Button>
    </>
  );
}
