import { ChecklistViewDto, HouseholdRef } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';
import { loadHouseholdInScope } from '../newcomers/household-scope.js';
import { checklistView } from './view.js';

/** A caseworker's view: their agency's items, others' only under the newcomer's active grant. */
export const get = query({
  permission: 'checklist:read',
  personalData: true,
  input: HouseholdRef,
  output: ChecklistViewDto,
  async handler({ ctx, input }) {
    return checklistView(ctx, await loadHouseholdInScope(ctx, input.householdId));
  },
});
