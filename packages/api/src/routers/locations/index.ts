import { router } from '../../core/procedure.js';
import { list } from './list.js';

export const locationsRouter = router({ list });
