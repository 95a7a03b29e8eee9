import { router } from '../../core/procedure.js';
import { get } from './get.js';
import { updateItem } from './update-item.js';
import { upsertPlan } from './upsert-plan.js';
import { conflicts } from './conflicts.js';

export const checklistRouter = router({
  get,
  updateItem,
  plans: router({ upsert: upsertPlan }),
  conflicts,
});
