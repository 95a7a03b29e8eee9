import { router } from '../../core/procedure.js';
import { get } from './get.js';
import { update } from './update.js';

export const frameRouter = router({ get, update });
