import { router } from '../../core/procedure.js';
import { get } from './get.js';

export const invitationsRouter = router({ get });
