import { AuthConfig } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';

export const config = query({
  permission: 'session:config',
  output: AuthConfig,
  async handler({ ctx }) {
    return { devLogin: ctx.deps.devLogin };
  },
});
