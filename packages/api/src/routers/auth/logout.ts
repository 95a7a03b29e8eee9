import { z } from 'zod';
import { naturallyIdempotentMutation } from '../../core/procedure.js';

export const logout = naturallyIdempotentMutation({
  permission: 'session:logout',
  input: z.object({}),
  output: z.object({ ok: z.literal(true) }),
  why: 'Clearing the caller’s own cookie twice is the same as once.',
  async handler({ ctx }) {
    ctx.request.setSessionToken(null, 0);
    return { ok: true as const };
  },
});
