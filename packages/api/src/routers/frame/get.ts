import { NationalFrameDto } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';
import { loadFrameInForce } from './frame-in-force.js';
import { nationalFrameDto } from './frame-dto.js';

/** The national frame in force, its version, and the locations that break it (see frame-dto). */
export const get = query({
  permission: 'frame:read',
  output: NationalFrameDto,
  async handler({ ctx }) {
    return nationalFrameDto(ctx.db, ctx.session, await loadFrameInForce(ctx.db));
  },
});
