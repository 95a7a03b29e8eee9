import { createTRPCUntypedClient, httpBatchLink } from '@trpc/client';
import type {
  AccessCodeDto,
  ActorId,
  ChecklistItemDto,
  ChecklistViewDto,
  ConsentGrantDto,
  DayVisit,
  Grantee,
  HouseholdDto,
  InvitationDto,
  InvitationLanguage,
  LocationDetail,
  PlanDto,
  QueueItem,
  SearchHit,
  SessionUser,
  SuggestedTime,
  Track,
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
  /** The item's whole details object (its shape is per item code); left out = unchanged. */
  details?: Record<string, unknown>;
}

export interface VisitActionInput extends Keyed {
  visitId: string;
  expectedVersion: number;
}

export interface BookVisitInput extends Keyed {
  householdId: string;
  track: Track;
  date: string;
  time: string;
  preconditions: { permitCardReady: boolean; idDocumentsReady: boolean };
  override?: { reason: string };
}

export interface UpsertPlanInput extends Keyed {
  householdId: string;
  memberId: string;
  kind: PlanDto['kind'];
  hoursPerWeek: number;
  from: string;
  until?: string;
  note?: string;
}

export interface DeskGrantInput extends Keyed {
  householdId: string;
  /** Typed by the newcomer at the desk. */
  accessCode: string;
  grantee: Grantee;
  until: string;
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
  auth: {
    me(input: void): Promise<SessionUser | null>;
  };
  visits: {
    day(input: { locationId: string; date: string }): Promise<DayVisit[]>;
    myQueue(input: { date?: string }): Promise<QueueItem[]>;
    checkIn(input: VisitActionInput): Promise<VisitDto>;
    startStep(input: StepActionInput): Promise<VisitDto>;
    completeStep(input: StepActionInput): Promise<VisitDto>;
    book(input: BookVisitInput): Promise<VisitDto>;
    suggestTimes(input: {
      locationId: string;
      date: string;
      householdId: string;
      track: Track;
    }): Promise<SuggestedTime[]>;
  };
  checklist: {
    get(input: { householdId: string }): Promise<ChecklistViewDto>;
    updateItem(input: UpdateChecklistItemInput): Promise<ChecklistItemDto>;
    upsertPlan(input: UpsertPlanInput): Promise<PlanDto>;
    grant(input: DeskGrantInput): Promise<ConsentGrantDto>;
  };
  newcomers: {
    get(input: { householdId: string }): Promise<HouseholdDto>;
    search(input: { dossierNumber: string }): Promise<SearchHit[]>;
  };
  invitations: {
    get(input: { visitId: string; language: InvitationLanguage }): Promise<InvitationDto>;
  };
  accessCodes: {
    /** Issues a new personal code (the old one stops working); shown once. */
    rotate(input: Keyed & { householdId: string }): Promise<AccessCodeDto>;
  };
  locations: {
    get(input: { locationId: string }): Promise<LocationDetail>;
  };
}

/**
 * Typed callers for gateway procedures by path, over tRPC's batch link to `trpcUrl`, sending the
 * httpOnly session cookie (the gateway may sit on another origin than the page). Every remote's
 * API object (this kit's, the admin's, the dashboard's) is built from these two.
 */
export function gatewayProcedures(trpcUrl: string) {
  const client = createTRPCUntypedClient({
    links: [
      httpBatchLink({
        url: trpcUrl,
        fetch: (input, init) => fetch(input, { ...init, credentials: 'include' }),
      }),
    ],
  });
  return {
    query:
      <I, O>(path: string) =>
      (input: I) =>
        client.query(path, input) as Promise<O>,
    mutation:
      <I, O>(path: string) =>
      (input: I) =>
        client.mutation(path, input) as Promise<O>,
  };
}

/** A CaseworkerApi over HTTP. */
export function createCaseworkerApi(trpcUrl: string): CaseworkerApi {
  const { query, mutation } = gatewayProcedures(trpcUrl);
  return {
    auth: { me: query('auth.me') },
    visits: {
      day: query('visits.day'),
      myQueue: query('visits.myQueue'),
      checkIn: mutation('visits.checkIn'),
      startStep: mutation('visits.startStep'),
      completeStep: mutation('visits.completeStep'),
      book: mutation('visits.book'),
      suggestTimes: query('visits.suggestTimes'),
    },
    checklist: {
      get: query('checklist.get'),
      updateItem: mutation('checklist.updateItem'),
      upsertPlan: mutation('checklist.plans.upsert'),
      grant: mutation('checklist.grant'),
    },
    newcomers: { get: query('newcomers.get'), search: query('newcomers.search') },
    invitations: { get: query('invitations.get') },
    accessCodes: { rotate: mutation('newcomer.rotateAccessCode') },
    locations: { get: query('locations.get') },
  };
}

/** The tRPC error code (`CONFLICT`, `FORBIDDEN`, ...) of a failed call, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const data = (error as { data?: { code?: unknown } }).data;
  return typeof data?.code === 'string' ? data.code : undefined;
}

/**
 * The field problems a failed call carries: the gateway's BAD_REQUEST lists each with its path
 * (`data.issues`, e.g. 'config.tracks.1.chain[2].minutes'); none for any other failure.
 */
export function errorIssues(error: unknown): Array<{ path: string; message: string }> {
  if (typeof error !== 'object' || error === null || !('data' in error)) return [];
  const issues = (error as { data?: { issues?: unknown } }).data?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue): issue is { path: string; message: string } =>
      typeof issue === 'object' &&
      issue !== null &&
      typeof issue.path === 'string' &&
      typeof issue.message === 'string',
  );
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
