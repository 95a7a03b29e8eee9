import { RadioGroup } from '@motesplats/ui';
import type { DetailEditorProps } from '@motesplats/caseworker-kit';
import {
  APPLICATION_STATUSES,
  DETAIL_FIELD_LABELS,
  DETAIL_VALUE_LABELS,
  PENSION_BENEFITS,
} from '@motesplats/checklist';

const options = (values: readonly (keyof typeof DETAIL_VALUE_LABELS)[]) =>
  values.map((value) => ({ value, label: DETAIL_VALUE_LABELS[value].sv }));

const BENEFIT_OPTIONS = options(PENSION_BENEFITS);
const STATUS_OPTIONS = options(APPLICATION_STATUSES);

/** Which benefit one member applies for, and how far the application has come. */
export function PensionApplicationEditor({ details, onChange, disabled }: DetailEditorProps) {
  const benefit = PENSION_BENEFITS.find((b) => b === details.benefit);
  const status = APPLICATION_STATUSES.find((s) => s === details.applicationStatus);
  // '' rather than undefined: the groups stay controlled, with nothing chosen yet.
  return (
    <>
      <RadioGroup
        legend={DETAIL_FIELD_LABELS.benefit.sv}
        options={BENEFIT_OPTIONS}
        value={benefit ?? ''}
        disabled={disabled}
        onChange={(value) => onChange({ ...details, benefit: value })}
      />
      <RadioGroup
        legend={DETAIL_FIELD_LABELS.applicationStatus.sv}
        options={STATUS_OPTIONS}
        value={status ?? ''}
        disabled={disabled}
        onChange={(value) => onChange({ ...details, applicationStatus: value })}
      />
    </>
  );
}
