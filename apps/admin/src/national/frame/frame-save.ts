import { errorMessage } from '@motesplats/caseworker-kit';
import { errorCode, errorIssues, toFieldErrors, type FieldErrors } from '../shared/problems';
import { fieldOfFramePath } from './frame-draft';

export type FrameSaveFailure =
  | { kind: 'conflict' }
  | { kind: 'invalid'; fields: FieldErrors; general: string | null }
  | { kind: 'other'; message: string };

/** Sorts a failed save: a stale version, problems at fields (`frame.<field>`), or anything else. */
export function frameSaveFailure(error: unknown): FrameSaveFailure {
  if (errorCode(error) === 'CONFLICT') return { kind: 'conflict' };
  const problems = errorIssues(error);
  if (problems.length === 0) return { kind: 'other', message: errorMessage(error) };
  const { fields, other } = toFieldErrors(
    problems,
    fieldOfFramePath,
    (_field, problem) => `Servern godtog inte värdet: ${problem.message}`,
  );
  const general = other.length ? other.map((p) => `${p.path}: ${p.message}`).join('; ') : null;
  return { kind: 'invalid', fields, general };
}
