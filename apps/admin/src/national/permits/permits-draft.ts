import { PermitsSetInput } from '@motesplats/contracts';
import { toFieldErrors, zodProblems, type FieldErrors, type Problem } from '../shared/problems';

/** The form's fields as typed. `locationId` '' is the national figure. */
export interface PermitsDraft {
  periodStart: string;
  periodEnd: string;
  locationId: string;
  count: string;
}

export const EMPTY_PERMITS: PermitsDraft = {
  periodStart: '',
  periodEnd: '',
  locationId: '',
  count: '',
};

/** "21 776" as typed from a report is 21776; empty is NaN so the schema calls it missing. */
function parseCount(raw: string): number {
  const digits = raw.replace(/[\s\u00a0\u202f]/g, '');
  return digits === '' ? Number.NaN : Number(digits);
}

export function toPermitsInput(draft: PermitsDraft): PermitsSetInput {
  return {
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
    // Left out, not null: the contract's way of saying "the national figure".
    ...(draft.locationId ? { locationId: draft.locationId } : {}),
    count: parseCount(draft.count),
  };
}

const FIELDS = new Set<string>(['periodStart', 'periodEnd', 'locationId', 'count']);

export function fieldOfPermitsPath(path: string): string | undefined {
  return FIELDS.has(path) ? path : undefined;
}

export function sayPermitsProblem(field: string, problem: Problem): string {
  switch (field) {
    case 'periodStart':
      return 'Ange periodens första dag som ÅÅÅÅ-MM-DD.';
    case 'periodEnd':
      return problem.code === 'custom'
        ? 'Till-datumet får inte vara före från-datumet.'
        : 'Ange periodens sista dag som ÅÅÅÅ-MM-DD.';
    case 'count':
      return problem.code === 'too_big'
        ? 'Antalet får vara högst 10 000 000.'
        : 'Ange antalet som ett heltal, 0 eller mer.';
    case 'locationId':
      return 'Välj hela landet eller en ort i listan.';
    default:
      return problem.message;
  }
}

/** The contract's schema, run on every change. */
export function validatePermits(draft: PermitsDraft): FieldErrors {
  const problems = zodProblems(PermitsSetInput.safeParse(toPermitsInput(draft)));
  return toFieldErrors(problems, fieldOfPermitsPath, sayPermitsProblem).fields;
}
