import { Health } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';

export const health = query({
  permission: 'system:health',
  output: Health,
  async handler({ ctx }) {
    // A round trip proves the database answers, not only that the process is up.
    await ctx.db.$queryRaw`SELECT 1`;
    return {
      status: 'ok' as const,
      version: ctx.deps.version,
      database: ctx.deps.db.kind,
      time: ctx.deps.now().toISOString(),
    };
  },
});
