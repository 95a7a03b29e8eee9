import { z } from 'zod';
import { LocationRef, LocationRevision } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';
import { assertLocationScope } from '../../auth/location-scope.js';

/** Every saved configuration, newest first, with who saved it and when. */
export const history = query({
  permission: 'locations:admin',
  input: LocationRef,
  output: z.array(LocationRevision),
  async handler({ ctx, input }) {
    assertLocationScope(ctx.session, input.locationId);
    const rows = await ctx.db.locationConfigRevision.findMany({
      where: { locationId: input.locationId },
      orderBy: { version: 'desc' },
    });
    return rows.map((row) => ({
      version: row.version,
      config: row.config,
      author: { id: row.authorId, name: row.authorName, role: row.authorRole },
      createdAt: row.createdAt.toISOString(),
    }));
  },
});
