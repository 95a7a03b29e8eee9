import { CreateLocationInput } from '@motesplats/contracts';
import { toFieldErrors, zodProblems, type FieldErrors, type Problem } from '../shared/problems';

/** The wizard's fields as typed; the input sent is built from them. */
export interface CreateDraft {
  template: string;
  locationId: string;
  name: string;
  municipalityCode: string;
  municipalityName: string;
}

export const EMPTY_DRAFT: CreateDraft = {
  template: '',
  locationId: '',
  name: '',
  municipalityCode: '',
  municipalityName: '',
};

export type Step = 1 | 2 | 3;

/** Which step each field is asked on, so an error (also the server's) leads back to its step. */
export const STEP_OF_FIELD: Record<keyof CreateDraft, Step> = {
  template: 1,
  locationId: 2,
  name: 2,
  municipalityCode: 2,
  municipalityName: 2,
};

export function toInput(draft: CreateDraft): CreateLocationInput {
  return {
    locationId: draft.locationId.trim(),
    name: draft.name,
    municipality: { code: draft.municipalityCode.trim(), name: draft.municipalityName },
    template: draft.template as CreateLocationInput['template'],
  };
}

/** A problem's path (the input's, or the gateway's) as the draft field it concerns. */
export function fieldOfPath(path: string): keyof CreateDraft | undefined {
  switch (path) {
    case 'template':
      return 'template';
    case 'locationId':
      return 'locationId';
    case 'name':
      return 'name';
    case 'municipality.code':
      return 'municipalityCode';
    case 'municipality.name':
      return 'municipalityName';
    default:
      return undefined;
  }
}

const MESSAGES: Record<keyof CreateDraft, string> = {
  template: 'Välj en mall för den nya orten.',
  locationId:
    'Ange ett id med små bokstäver a–z, siffror och enstaka bindestreck, t.ex. gavle eller norra-dalarna.',
  name: 'Ange ortens namn (högst 120 tecken).',
  municipalityCode: 'Ange kommunkoden med exakt fyra siffror, t.ex. 2180.',
  municipalityName: 'Ange kommunens namn.',
};

/** The Swedish message for a field; a server message we have no wording for is shown as is. */
export function sayCreateProblem(field: string, problem: Problem): string {
  return MESSAGES[field as keyof CreateDraft] ?? problem.message;
}

/** The contract's own schema, run on every change: the same rules the gateway applies. */
export function validateDraft(draft: CreateDraft): FieldErrors {
  const problems = zodProblems(CreateLocationInput.safeParse(toInput(draft)));
  return toFieldErrors(problems, fieldOfPath, sayCreateProblem).fields;
}

export function fieldsOfStep(step: Step): (keyof CreateDraft)[] {
  return (Object.keys(STEP_OF_FIELD) as (keyof CreateDraft)[]).filter(
    (field) => STEP_OF_FIELD[field] === step,
  );
}

export function stepHasErrors(errors: FieldErrors, step: Step): boolean {
  return fieldsOfStep(step).some((field) => errors[field] !== undefined);
}
