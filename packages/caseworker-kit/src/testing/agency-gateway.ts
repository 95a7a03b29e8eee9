import type {
  ActorId,
  ChecklistItemDto,
  ChecklistViewDto,
  HouseholdDto,
  QueueItem,
} from '@motesplats/contracts';
import { caseworker, household as fixtureHousehold, queueItemFor } from './fixtures.js';
import { statefulChecklist } from './stateful-checklist.js';
import type { FakeProcedure } from './trpc-fetch.js';

export interface AgencyGatewayOptions {
  /** The household behind the visit; the fixture household by default. */
  household?: HouseholdDto;
  /** The one visit in the queue; the fixture visit at the agency's step by default. */
  visit?: QueueItem;
  /** The rest of the checklist view; by default the agency's own view of the household. */
  checklist?: Partial<Omit<ChecklistViewDto, 'items'>>;
}

/**
 * The gateway as one agency's remote meets it on opening a visit: a caseworker of `agency`
 * signed in, one visit in the queue, its household, and a stateful checklist of `items`. Spread
 * it into the procedures and add or replace what a test needs beside it (booking, search, ...).
 */
export function agencyGateway(
  agency: ActorId,
  items: readonly ChecklistItemDto[],
  options: AgencyGatewayOptions = {},
): Record<string, FakeProcedure> {
  const household = options.household ?? fixtureHousehold();
  return {
    'auth.me': { data: caseworker(agency) },
    'visits.myQueue': { data: [options.visit ?? queueItemFor(agency)] },
    'newcomers.get': { data: household },
    ...statefulChecklist(items, {
      visibleActors: [agency],
      // The gateway's checklist names the household's members; a test that adds one to the
      // household would otherwise find no card for them.
      members: household.members.map(({ id, givenName, familyName }) => ({
        id,
        givenName,
        familyName,
      })),
      ...options.checklist,
    }),
  };
}
