import type { DetailEditors } from '@motesplats/caseworker-kit';
import { PensionApplicationEditor } from './PensionApplicationEditor';

/** Pensionsmyndigheten's editors by checklist item code; the kit renders status, note and saving. */
export const DETAIL_EDITORS: DetailEditors = {
  'pension-application': PensionApplicationEditor,
};
