import { createTRPCUntypedClient, httpBatchLink } from '@trpc/client';
import type {
  ActorId,
  ChecklistItemDto,
  ChecklistViewDto,
  DayVisit,
  HouseholdDto,
  QueueItem,
  VisitDto,
} from '@motesplats/contracts';

/** Every write carries a fresh idempotency key, so a retried request is applied once. */
export interface Keyed {
  idempotencyKey: string;
}

export interface StepActionInput extends Keyed {
  visitId: string;
  expectedVersion: number;
  step: number;
  actor: ActorId;
}

export interface UpdateChecklistItemInput extends Keyed {
  householdId: string;
  itemId: string;
  expectedVersion: number;
  status: ChecklistItemDto['status'];
  note?: string;
}

/**
 * The gateway procedures the kit calls, typed with the contracts' DTOs.
 *
 * A `type:ui` package may not import `@motesplats/api` (not even `import type`: the nx tag rule
 * refuses it), so the kit declares the slice of the router it needs here. An app that holds the
 * typed `AppRouter` client can pass an adapter (`{ visits: { day: (i) => trpc.visits.day.query(i) } }`
 * and so on): the compiler then checks this interface against the real router in the app.
 */
export interface CaseworkerApi {
  visits: {
    day(input: { locationId: string; date: string }): Promise<DayVisit[]>;
    myQueue(input: { date?: string }): Promise<QueueItem[]>;
    startStep(input: StepActionInput): Promise<VisitDto>;
    completeStep(input: StepActionInput): Promise<VisitDto>;
  };
  checklist: {
    get(input: { householdId: string }): Promise<ChecklistViewDto>;
    updateItem(input: UpdateChecklistItemInput): Promise<ChecklistItemDto>;
  };
  newcomers: {
    get(input: { householdId: string }): Promise<HouseholdDto>;
  };
}

/**
 * A CaseworkerApi over HTTP: tRPC's batch link to `trpcUrl`, sending the httpOnly session cookie
 * (the gateway may sit on another origin than the page).
 */
export function createCaseworkerApi(trpcUrl: string): CaseworkerApi {
  const client = createTRPCUntypedClient({
    links: [
      httpBatchLink({
        url: trpcUrl,
        fetch: (input, init) => fetch(input, { ...init, credentials: 'include' }),
      }),
    ],
  });
  const query =
    <I, O>(path: string) =>
    (input: I) =>
      client.query(path, input) as Promise<O>;
  const mutation =
    <I, O>(path: string) =>
    (input: I) =>
      client.mutation(path, input) as Promise<O>;
  return {
    visits: {
      day: query('visits.day'),
      myQueue: query('visits.myQueue'),
      startStep: mutation('visits.startStep'),
      completeStep: mutation('visits.completeStep'),
    },
    checklist: {
      get: query('checklist.get'),
      updateItem: mutation('checklist.updateItem'),
    },
    newcomers: { get: query('newcomers.get') },
  };
}

/** The tRPC error code (`CONFLICT`, `FORBIDDEN`, ...) of a failed call, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const data = (error as { data?: { code?: unknown } }).data;
  return typeof data?.code === 'string' ? data.code : undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
