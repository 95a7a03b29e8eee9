import { router } from '../../core/procedure.js';
import { list } from './list.js';
import { get } from './get.js';
import { history } from './history.js';
import { updateConfig } from './update-config.js';
import { overview } from './overview.js';
import { templates } from './templates.js';
import { create } from './create.js';
import { previewDay } from './preview-day.js';

export const locationsRouter = router({
  list,
  get,
  history,
  updateConfig,
  overview,
  templates,
  create,
  previewDay,
});
