import { RadioGroup } from '@motesplats/ui';
import type { DetailEditorProps } from '@motesplats/caseworker-kit';
import { ASSISTANCE_APPLICATION_STATUSES, DETAIL_VALUE_LABELS } from '@motesplats/checklist';

// The checklist package's labels: the newcomer's own checklist shows the same words.
const OPTIONS = ASSISTANCE_APPLICATION_STATUSES.map((value) => ({
  value,
  label: DETAIL_VALUE_LABELS[value].sv,
}));

/** The household's application for financial assistance (ekonomiskt bistånd) with social services. */
export function FinancialAssistanceEditor({ details, onChange, disabled }: DetailEditorProps) {
  const status = typeof details.applicationStatus === 'string' ? details.applicationStatus : '';
  return (
    <RadioGroup
      legend="Ansökan om ekonomiskt bistånd"
      hint="Bistånd från socialtjänsten under glappet mellan Migrationsverkets ersättning och etableringsersättningen."
      options={OPTIONS}
      value={status}
      disabled={disabled}
      onChange={(applicationStatus) => onChange({ ...details, applicationStatus })}
    />
  );
}
