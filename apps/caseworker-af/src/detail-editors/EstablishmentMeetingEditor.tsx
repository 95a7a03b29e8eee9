import { DETAIL_TEXT_MAX } from '@motesplats/checklist';
import { textDetail, withDetail, type DetailEditorProps } from '@motesplats/caseworker-kit';
import { TextField } from '@motesplats/ui';

/**
 * The mapping of the first establishment meeting: what the person has worked with and studied,
 * the ground for the rest of the establishment plan. A summary; the note takes the rest.
 */
export function EstablishmentMeetingEditor({ details, onChange, disabled }: DetailEditorProps) {
  return (
    <>
      <TextField
        label="Tidigare arbetslivserfarenhet"
        hint="Yrken och branscher, i vilket land och ungefär hur länge."
        value={textDetail(details, 'experience')}
        maxLength={DETAIL_TEXT_MAX.experience}
        disabled={disabled}
        onChange={(e) => onChange(withDetail(details, 'experience', e.target.value))}
      />
      <TextField
        label="Utbildning"
        hint="Skola, yrkesutbildning och högskola, med land och ungefärligt år."
        value={textDetail(details, 'education')}
        maxLength={DETAIL_TEXT_MAX.education}
        disabled={disabled}
        onChange={(e) => onChange(withDetail(details, 'education', e.target.value))}
      />
    </>
  );
}
