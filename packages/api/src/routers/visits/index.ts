import { router } from '../../core/procedure.js';
import { day } from './day.js';

export const visitsRouter = router({ day });
