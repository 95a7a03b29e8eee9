import { z } from 'zod';
import { LocationSummary } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';

export const list = query({
  permission: 'locations:list',
  output: z.array(LocationSummary),
  async handler({ ctx }) {
    return ctx.db.location.findMany({
      select: { id: true, name: true, municipalityCode: true },
      orderBy: { name: 'asc' },
    });
  },
});
