import { z } from 'zod';
import { ConflictDto, HouseholdRef } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';
import { loadHouseholdInScope } from '../newcomers/household-scope.js';
import { checklistView } from './view.js';

/** Plans that cannot all hold, shown only when the caller may see every plan involved. */
export const conflicts = query({
  permission: 'checklist:read',
  personalData: true,
  input: HouseholdRef,
  output: z.array(ConflictDto),
  async handler({ ctx, input }) {
    return (await checklistView(ctx, await loadHouseholdInScope(ctx, input.householdId))).conflicts;
  },
});
