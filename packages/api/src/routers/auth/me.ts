import { SessionUser } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';

export const me = query({
  permission: 'session:read-own',
  output: SessionUser.nullable(),
  async handler({ ctx }) {
    return ctx.session;
  },
});
