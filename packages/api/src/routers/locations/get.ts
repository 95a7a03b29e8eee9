import { LocationDetail, LocationRef } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';
import { locationDetail } from './location-dto.js';
import { assertConfigReadable, notFound } from './config-scope.js';

export const get = query({
  permission: 'locations:read',
  input: LocationRef,
  output: LocationDetail,
  async handler({ ctx, input }) {
    assertConfigReadable(ctx.session, input.locationId);
    const row = await ctx.db.location.findUnique({ where: { id: input.locationId } });
    if (!row) throw notFound(input.locationId);
    return locationDetail(row);
  },
});
