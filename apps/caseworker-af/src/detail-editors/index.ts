import type { DetailEditors } from '@motesplats/caseworker-kit';
import { EstablishmentBenefitEditor } from './EstablishmentBenefitEditor';
import { EstablishmentMeetingEditor } from './EstablishmentMeetingEditor';
import { GradesAssessmentEditor } from './GradesAssessmentEditor';

/**
 * Arbetsförmedlingen's editors by checklist item code. Jobseeker registration has no details:
 * its status says it all.
 */
export const AF_DETAIL_EDITORS: DetailEditors = {
  'establishment-meeting': EstablishmentMeetingEditor,
  'grades-assessment': GradesAssessmentEditor,
  'establishment-benefit': EstablishmentBenefitEditor,
};
