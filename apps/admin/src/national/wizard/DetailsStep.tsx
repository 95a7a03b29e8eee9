import { TextField } from '@motesplats/ui';
import type { CreateDraft } from './create-draft';

type Field = Exclude<keyof CreateDraft, 'template'>;

const FIELDS: readonly { field: Field; label: string; hint?: string; inputMode?: 'numeric' }[] = [
  {
    field: 'locationId',
    label: 'Ortens id',
    hint: 'Små bokstäver a–z, siffror och bindestreck. Syns i adresser och går inte att ändra senare.',
  },
  { field: 'name', label: 'Ortens namn' },
  {
    field: 'municipalityCode',
    label: 'Kommunkod',
    hint: 'Fyra siffror (SCB:s kommunkod), t.ex. 2180 för Gävle.',
    inputMode: 'numeric',
  },
  { field: 'municipalityName', label: 'Kommunens namn' },
];

export function DetailsStep({
  draft,
  onChange,
  onBlur,
  errorFor,
}: {
  draft: CreateDraft;
  onChange: (field: Field, value: string) => void;
  onBlur: (field: Field) => void;
  errorFor: (field: Field) => string | undefined;
}) {
  return (
    <>
      {FIELDS.map(({ field, label, hint, inputMode }) => (
        <TextField
          key={field}
          label={label}
          hint={hint}
          inputMode={inputMode}
          autoComplete="off"
          required
          value={draft[field]}
          onChange={(e) => onChange(field, e.target.value)}
          onBlur={() => onBlur(field)}
          error={errorFor(field)}
        />
      ))}
    </>
  );
}
