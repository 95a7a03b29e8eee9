import { errorMessage } from '@motesplats/caseworker-kit';
import { errorCode, errorIssues, toFieldErrors, type FieldErrors } from '../shared/problems';
import { fieldOfPath, type CreateDraft } from './create-draft';

/** A failed create as field errors where the gateway named a field, else one general message. */
export function createErrors(
  error: unknown,
  draft: CreateDraft,
): { fields: FieldErrors; general: string | null } {
  if (errorCode(error) === 'CONFLICT') {
    return {
      fields: {
        locationId: `Det finns redan en ort med id ”${draft.locationId}”. Välj ett annat id.`,
      },
      general: null,
    };
  }
  const { fields, other } = toFieldErrors(
    errorIssues(error),
    fieldOfPath,
    // The browser ran the same schema, so what the server still rejects is its own rule:
    // its words are the most precise we have.
    (_field, problem) => `Servern godtog inte värdet: ${problem.message}`,
  );
  const general =
    other.length > 0
      ? other.map((p) => `${p.path}: ${p.message}`).join('; ')
      : Object.keys(fields).length === 0
        ? errorMessage(error)
        : null;
  return { fields, general };
}
