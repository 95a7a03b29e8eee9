import { router } from '../../core/procedure.js';
import { list } from './list.js';
import { get } from './get.js';
import { history } from './history.js';
import { updateConfig } from './update-config.js';

export const locationsRouter = router({ list, get, history, updateConfig });
