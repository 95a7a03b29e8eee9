import { DETAIL_VALUE_LABELS, GRADES_DOCUMENTS, type GradesDocument } from '@motesplats/checklist';
import {
  flagDetail,
  setDetail,
  withDetail,
  type DetailEditorProps,
} from '@motesplats/caseworker-kit';
import { Checkbox } from '@motesplats/ui';

/**
 * Which of the person's grades and certificates were collected for assessment or translation,
 * and whether they have been sent in. The values' labels come from the checklist, so the
 * caseworker and the newcomer read the same words.
 */
export function GradesAssessmentEditor({ details, onChange, disabled }: DetailEditorProps) {
  const documents = setDetail(details, 'documents', GRADES_DOCUMENTS);

  function toggle(document: GradesDocument, collected: boolean) {
    // Rebuilt in the list's order, so ticking a box off and on again gives the same array.
    const next = GRADES_DOCUMENTS.filter((d) =>
      d === document ? collected : documents.includes(d),
    );
    onChange(withDetail(details, 'documents', next));
  }

  return (
    <>
      <fieldset className="ms-field" disabled={disabled}>
        <legend>Insamlade handlingar för bedömning</legend>
        {GRADES_DOCUMENTS.map((document) => (
          <Checkbox
            key={document}
            label={DETAIL_VALUE_LABELS[document].sv}
            checked={documents.includes(document)}
            onChange={(e) => toggle(document, e.target.checked)}
          />
        ))}
      </fieldset>
      <Checkbox
        label="Handlingarna är inskickade för bedömning"
        checked={flagDetail(details, 'submitted')}
        disabled={disabled}
        onChange={(e) => onChange(withDetail(details, 'submitted', e.target.checked))}
      />
    </>
  );
}
