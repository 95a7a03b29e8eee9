import { APPLICATION_STATUSES, DETAIL_VALUE_LABELS } from '@motesplats/checklist';
import { oneOfDetail, withDetail, type DetailEditorProps } from '@motesplats/caseworker-kit';
import { RadioGroup } from '@motesplats/ui';

const OPTIONS = APPLICATION_STATUSES.map((value) => ({
  value,
  label: DETAIL_VALUE_LABELS[value].sv,
}));

/** Where the application for establishment benefit (etableringsersättning) stands. */
export function EstablishmentBenefitEditor({ details, onChange, disabled }: DetailEditorProps) {
  return (
    <RadioGroup
      legend="Ansökan om etableringsersättning"
      options={OPTIONS}
      // '' rather than undefined: the radios stay controlled before the first choice.
      value={oneOfDetail(details, 'applicationStatus', APPLICATION_STATUSES) ?? ''}
      disabled={disabled}
      onChange={(value) => onChange(withDetail(details, 'applicationStatus', value))}
    />
  );
}
