import { flagDetail, withDetail, type DetailEditorProps } from '@motesplats/caseworker-kit';
import { Checkbox } from '@motesplats/ui';

/**
 * The decision-notification meeting, per member. That the decision was notified is the item's
 * status; the permit card is recorded beside it because it is often not ready on the day, and
 * Skatteverket's move notification later in the chain asks for it.
 */
export function DecisionNotificationEditor({ details, onChange, disabled }: DetailEditorProps) {
  return (
    <Checkbox
      label="Uppehållstillståndskortet är överlämnat"
      hint="Att beslutet är delgivet anger du med statusen Klar."
      checked={flagDetail(details, 'permitCardHandedOver')}
      disabled={disabled}
      onChange={(e) => onChange(withDetail(details, 'permitCardHandedOver', e.target.checked))}
    />
  );
}
