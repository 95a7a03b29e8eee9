import { vi } from 'vitest';

/** What a fake procedure answers: data, or a tRPC error with its HTTP status. */
export type FakeAnswer =
  { data: unknown } | { error: { code: string; httpStatus: number; message: string } };

/**
 * A stand-in for the gateway's HTTP side of tRPC: it speaks httpBatchLink's wire format
 * (`/trpc/a,b?batch=1`, answered by a JSON array), so the real client and React Query run.
 */
export function fakeTrpcFetch(answers: Record<string, FakeAnswer>) {
  return vi.fn(async (input: RequestInfo | URL, _init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const match = /\/trpc\/(.+)$/.exec(url.pathname);
    if (!match?.[1]) return new Response('not found', { status: 404 });
    const paths = decodeURIComponent(match[1]).split(',');
    const body = paths.map((path) => {
      const answer = answers[path];
      if (!answer) {
        return {
          error: {
            message: `No procedure ${path}`,
            code: -32004,
            data: { code: 'NOT_FOUND', httpStatus: 404, path },
          },
        };
      }
      if ('error' in answer) {
        const { code, httpStatus, message } = answer.error;
        return { error: { message, code: -32000, data: { code, httpStatus, path } } };
      }
      return { result: { data: answer.data } };
    });
    const statuses = new Set(
      paths.map((path) => {
        const a = answers[path];
        return !a ? 404 : 'error' in a ? a.error.httpStatus : 200;
      }),
    );
    const status = statuses.size === 1 ? [...statuses][0]! : 207;
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  });
}
