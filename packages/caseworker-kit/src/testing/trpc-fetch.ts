import { vi } from 'vitest';

/** What a fake procedure answers: data, or a tRPC error with its HTTP status. */
export type FakeAnswer =
  { data: unknown } | { error: { code: string; httpStatus: number; message: string } };

/** A fixed answer, or one computed from the call's input and how many calls came before. */
export type FakeProcedure = FakeAnswer | ((input: unknown, call: number) => FakeAnswer);

/**
 * A stand-in for the gateway's HTTP side of tRPC, for every remote's tests: it speaks
 * httpBatchLink's wire format (`/trpc/a,b?batch=1`, inputs in `?input=` for queries and in the
 * body for mutations, answered by a JSON array), so the real client and React Query run.
 */
export function fakeTrpcFetch(procedures: Record<string, FakeProcedure>) {
  const calls = new Map<string, number>();
  const inputs: { path: string; input: unknown }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const match = /\/trpc\/(.+)$/.exec(url.pathname);
    if (!match?.[1]) return new Response('not found', { status: 404 });
    const paths = decodeURIComponent(match[1]).split(',');
    const rawInputs =
      init?.method === 'POST'
        ? JSON.parse(String(init.body ?? '{}'))
        : JSON.parse(url.searchParams.get('input') ?? '{}');
    const answers = paths.map((path, i): FakeAnswer | undefined => {
      const procedure = procedures[path];
      const call = calls.get(path) ?? 0;
      calls.set(path, call + 1);
      const procInput = (rawInputs as Record<string, unknown>)[String(i)];
      inputs.push({ path, input: procInput });
      return typeof procedure === 'function' ? procedure(procInput, call) : procedure;
    });
    const body = paths.map((path, i) => {
      const answer = answers[i];
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
      answers.map((a) => (!a ? 404 : 'error' in a ? a.error.httpStatus : 200)),
    );
    const status = statuses.size === 1 ? [...statuses][0]! : 207;
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  });
  return Object.assign(fetch, {
    callsOf: (path: string) => calls.get(path) ?? 0,
    inputsOf: (path: string) => inputs.filter((c) => c.path === path).map((c) => c.input),
  });
}
