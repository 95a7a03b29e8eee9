import { router } from '../../core/procedure.js';
import { table } from './table.js';
import { goal } from './goal.js';
import { feedback } from './feedback.js';
import { list as listPermits, set as setPermits } from './permits.js';
import { list as listPulse, submit as submitPulse } from './pulse.js';

export const statsRouter = router({
  table,
  goal,
  feedback,
  permits: router({ set: setPermits, list: listPermits }),
  pulse: router({ submit: submitPulse, list: listPulse }),
});
