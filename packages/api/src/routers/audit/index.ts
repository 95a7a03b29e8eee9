import { router } from '../../core/procedure.js';
import { forNewcomer } from './for-newcomer.js';

export const auditRouter = router({ forNewcomer });
