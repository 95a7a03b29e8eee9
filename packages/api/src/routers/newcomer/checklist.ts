import { z } from 'zod';
import { ChecklistViewDto } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';
import { householdInclude } from '../newcomers/to-dto.js';
import { checklistView } from '../checklist/view.js';

/** The newcomer's own checklist: they own it and see all of it. */
export const checklist = query({
  permission: 'newcomer:self',
  personalData: true,
  input: z.void(),
  output: ChecklistViewDto,
  async handler({ ctx }) {
    const household = await ctx.db.household.findUniqueOrThrow({
      where: { id: ctx.session!.id },
      include: householdInclude,
    });
    return checklistView(ctx, household);
  },
});
