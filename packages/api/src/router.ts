import { router } from './core/procedure.js';
import { health } from './routers/system/health.js';
import { authRouter } from './routers/auth/index.js';
import { locationsRouter } from './routers/locations/index.js';
import { visitsRouter } from './routers/visits/index.js';

export const appRouter = router({
  health,
  auth: authRouter,
  locations: locationsRouter,
  visits: visitsRouter,
});

export type AppRouter = typeof appRouter;
