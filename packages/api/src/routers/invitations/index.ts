import { router } from '../../core/procedure.js';

export const invitationsRouter = router({});
