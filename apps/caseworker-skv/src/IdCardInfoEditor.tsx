import { Checkbox } from '@motesplats/ui';
import type { DetailEditorProps } from '@motesplats/caseworker-kit';
import { DETAIL_FIELD_LABELS } from '@motesplats/checklist';
import { IdCardRequirements } from './IdCardRequirements';

/** One member's ID-card information: whether a time is booked, and what to tell them. */
export function IdCardInfoEditor({ details, onChange, disabled }: DetailEditorProps) {
  return (
    <>
      <Checkbox
        label={DETAIL_FIELD_LABELS.appointmentBooked.sv}
        checked={details.appointmentBooked === true}
        disabled={disabled}
        onChange={(e) => onChange({ ...details, appointmentBooked: e.target.checked })}
      />
      <IdCardRequirements />
    </>
  );
}
