import type { DetailEditors } from '@motesplats/caseworker-kit';
import { BenefitsInfoEditor } from './BenefitsInfoEditor';

/**
 * Försäkringskassan's editors by checklist item code. The insurance registration has no details:
 * its status says it all.
 */
export const DETAIL_EDITORS: DetailEditors = {
  'benefits-info': BenefitsInfoEditor,
};
