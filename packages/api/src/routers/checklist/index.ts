import { router } from '../../core/procedure.js';
import { get } from './get.js';
import { updateItem } from './update-item.js';
import { upsertPlan } from './upsert-plan.js';
import { conflicts } from './conflicts.js';
import { grant } from '../consent/grant.js';
import { revoke } from '../consent/revoke.js';
import { grants } from '../consent/list.js';

/** The newcomer's checklist and the consent that opens it to other agencies. */
export const checklistRouter = router({
  get,
  updateItem,
  plans: router({ upsert: upsertPlan }),
  conflicts,
  grant,
  revoke,
  grants,
});
