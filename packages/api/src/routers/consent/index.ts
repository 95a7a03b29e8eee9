import { router } from '../../core/procedure.js';
import { grant } from './grant.js';
import { revoke } from './revoke.js';
import { grants } from './list.js';

export const consentRouter = router({ grant, revoke, grants });
