import { Checkbox } from '@motesplats/ui';
import { checkedIn, withChecked, type DetailEditorProps } from '@motesplats/caseworker-kit';
import { DETAIL_FIELD_LABELS, DETAIL_VALUE_LABELS, MOVE_DOCUMENTS } from '@motesplats/checklist';

/** Which identity documents were checked for one member's notification of moving to Sweden. */
export function MoveNotificationEditor({ details, onChange, disabled }: DetailEditorProps) {
  const checked = checkedIn(MOVE_DOCUMENTS, details.documentsChecked);
  return (
    <fieldset className="ms-field">
      <legend>{DETAIL_FIELD_LABELS.documentsChecked.sv}</legend>
      {MOVE_DOCUMENTS.map((document) => (
        <Checkbox
          key={document}
          label={DETAIL_VALUE_LABELS[document].sv}
          checked={checked.includes(document)}
          disabled={disabled}
          onChange={(e) =>
            onChange(
              withChecked(details, 'documentsChecked', MOVE_DOCUMENTS, document, e.target.checked),
            )
          }
        />
      ))}
    </fieldset>
  );
}
