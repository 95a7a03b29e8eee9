import type { DetailEditors } from '@motesplats/caseworker-kit';
import { IdCardInfoEditor } from './IdCardInfoEditor';
import { MoveNotificationEditor } from './MoveNotificationEditor';

/** Skatteverket's editors by checklist item code; the kit renders status, note and saving. */
export const DETAIL_EDITORS: DetailEditors = {
  'move-notification': MoveNotificationEditor,
  'id-card-info': IdCardInfoEditor,
};
