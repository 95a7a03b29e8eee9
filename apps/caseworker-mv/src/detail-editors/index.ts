import type { DetailEditors } from '@motesplats/caseworker-kit';
import { DecisionNotificationEditor } from './DecisionNotificationEditor';

/** Migrationsverket's editors by checklist item code. */
export const MV_DETAIL_EDITORS: DetailEditors = {
  'decision-notification': DecisionNotificationEditor,
};
