import { router } from './core/procedure.js';
import { health } from './routers/system/health.js';
import { authRouter } from './routers/auth/index.js';
import { locationsRouter } from './routers/locations/index.js';
import { visitsRouter } from './routers/visits/index.js';
import { newcomersRouter } from './routers/newcomers/index.js';
import { invitationsRouter } from './routers/invitations/index.js';
import { statsRouter } from './routers/stats/index.js';
import { newcomerRouter } from './routers/newcomer/index.js';
import { auditRouter } from './routers/audit/index.js';
import { checklistRouter } from './routers/checklist/index.js';
import { frameRouter } from './routers/frame/index.js';

export const appRouter = router({
  health,
  auth: authRouter,
  locations: locationsRouter,
  visits: visitsRouter,
  newcomers: newcomersRouter,
  invitations: invitationsRouter,
  stats: statsRouter,
  newcomer: newcomerRouter,
  audit: auditRouter,
  checklist: checklistRouter,
  frame: frameRouter,
});

export type AppRouter = typeof appRouter;
