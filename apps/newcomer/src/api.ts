import type { AppRouter } from '@motesplats/api';
import type {
  ChecklistViewDto,
  ConsentGrantDto,
  FeedbackDto,
  InvitationDto,
  SubmitFeedbackInput,
} from '@motesplats/contracts';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

// A few hundred bytes instead of a tRPC client and a query library: the gateway's wire format
// (httpBatchLink's, a batch of one) spoken with fetch. Types come from the router, at no cost.
type In = inferRouterInputs<AppRouter>;
type Out = inferRouterOutputs<AppRouter>;

/** The tRPC error code ('UNAUTHORIZED', 'NOT_FOUND', …), or 'OFFLINE' when no answer came. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly httpStatus: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Set by the service worker on a response it answered from its cache. */
export const CACHED_AT_HEADER = 'x-motesplats-cached-at';

export type Fresh<T> = { data: T; cachedAt: string | null };

type WireAnswer = {
  result?: { data: unknown };
  error?: { message: string; data?: { code?: string; httpStatus?: number } };
};

async function call<T>(path: string, input: unknown, write: boolean): Promise<Fresh<T>> {
  const batch = JSON.stringify({ 0: input });
  const url = `/trpc/${path}?batch=1${write ? '' : `&input=${encodeURIComponent(batch)}`}`;
  let response: Response;
  try {
    response = await fetch(
      url,
      write
        ? {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: batch,
            credentials: 'same-origin',
          }
        : { credentials: 'same-origin' },
    );
  } catch {
    throw new ApiError('no connection', 'OFFLINE', 0);
  }
  let answer: WireAnswer | undefined;
  try {
    const body = (await response.json()) as WireAnswer[] | WireAnswer;
    answer = Array.isArray(body) ? body[0] : body;
  } catch {
    answer = undefined;
  }
  if (!answer || answer.error || !answer.result) {
    const status = answer?.error?.data?.httpStatus ?? response.status;
    const code =
      answer?.error?.data?.code ??
      (status === 404 ? 'NOT_FOUND' : status === 503 ? 'OFFLINE' : 'INTERNAL_SERVER_ERROR');
    throw new ApiError(answer?.error?.message ?? `HTTP ${status}`, code, status);
  }
  return { data: answer.result.data as T, cachedAt: response.headers.get(CACHED_AT_HEADER) };
}

const query = <T>(path: string, input?: unknown) => call<T>(path, input, false).then((r) => r.data);
const mutate = <T>(path: string, input: unknown) => call<T>(path, input, true).then((r) => r.data);

export function idempotencyKey(): string {
  return crypto.randomUUID();
}

export const api = {
  me: () => query<Out['auth']['me']>('auth.me'),
  login: (input: In['newcomer']['login']) =>
    mutate<Out['newcomer']['login']>('newcomer.login', input),
  logout: () => mutate<Out['auth']['logout']>('auth.logout', {}),
  /** The checklist may come from the service worker's cache when offline: see `cachedAt`. */
  checklist: () => call<ChecklistViewDto>('newcomer.checklist', undefined, false),
  invitation: (input: { language: InvitationDto['language'] }) =>
    query<InvitationDto | null>('newcomer.invitation', input),
  grants: () => query<ConsentGrantDto[]>('checklist.grants', {}),
  grant: (input: In['checklist']['grant']) => mutate<ConsentGrantDto>('checklist.grant', input),
  revoke: (input: In['checklist']['revoke']) => mutate<ConsentGrantDto>('checklist.revoke', input),
  accessLog: () => query<Out['audit']['forNewcomer']>('audit.forNewcomer', {}),
  feedback: (input: SubmitFeedbackInput & { idempotencyKey: string }) =>
    mutate<FeedbackDto>('newcomer.feedback', input),
};
