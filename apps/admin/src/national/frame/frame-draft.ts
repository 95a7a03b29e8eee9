import {
  INFO_SHEET_LANGUAGES,
  NationalFrameSchema,
  type ActorId,
  type InfoSheetLanguage,
  type NationalFrame,
} from '@motesplats/location-config';
import { toFieldErrors, zodProblems, type FieldErrors, type Problem } from '../shared/problems';

export const FRAME_TRACKS = ['1', '2', '3'] as const;
export type FrameTrack = (typeof FRAME_TRACKS)[number];

/** The frame as the form holds it: the minutes as typed, so "" and "4,5" can be shown wrong. */
export interface FrameDraft {
  id: string;
  requiredActors: Record<FrameTrack, ActorId[]>;
  maxChainMinutes: string;
  inPersonOnly: ActorId[];
  requiredInfoSheetLanguages: InfoSheetLanguage[];
}

export { INFO_SHEET_LANGUAGES };

export function fromFrame(frame: NationalFrame): FrameDraft {
  return {
    id: frame.id,
    requiredActors: {
      '1': [...frame.requiredActors['1']],
      '2': [...frame.requiredActors['2']],
      '3': [...frame.requiredActors['3']],
    },
    maxChainMinutes: String(frame.maxChainMinutes),
    inPersonOnly: [...frame.inPersonOnly],
    requiredInfoSheetLanguages: [...frame.requiredInfoSheetLanguages],
  };
}

export function toFrame(draft: FrameDraft): NationalFrame {
  const raw = draft.maxChainMinutes.trim();
  return {
    ...draft,
    // Empty is NaN, not 0, so the schema reports a missing number rather than a too small one.
    maxChainMinutes: raw === '' ? Number.NaN : Number(raw),
  };
}

/**
 * A problem's path as the form field it concerns: the browser's ('requiredActors.1[0]') and the
 * gateway's ('frame.requiredActors.1[0]') alike. A list's item is shown at its list.
 */
export function fieldOfFramePath(path: string): string | undefined {
  const field = path.replace(/^frame\./, '').replace(/(\[\d+\])+$/, '');
  if (FRAME_TRACKS.some((t) => field === `requiredActors.${t}`)) return field;
  if (field === 'maxChainMinutes' || field === 'inPersonOnly') return field;
  if (field === 'requiredInfoSheetLanguages') return field;
  return undefined;
}

const MESSAGES: Record<string, string> = {
  maxChainMinutes: 'Ange ett heltal, minst 5 minuter.',
};

export function sayFrameProblem(field: string, problem: Problem): string {
  return MESSAGES[field] ?? problem.message;
}

/** The frame schema itself, run on every change. */
export function validateFrameDraft(draft: FrameDraft): { fields: FieldErrors; other: Problem[] } {
  const problems = zodProblems(NationalFrameSchema.safeParse(toFrame(draft)));
  return toFieldErrors(problems, fieldOfFramePath, sayFrameProblem);
}
