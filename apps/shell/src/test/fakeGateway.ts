import { vi } from 'vitest';

/** What a fake procedure answers: data, or a tRPC error with its HTTP status. */
export type FakeAnswer =
  { data: unknown } | { error: { code: string; httpStatus: number; message: string } };
export type FakeProcedure = FakeAnswer | ((input: unknown) => FakeAnswer);

type Options = {
  procedures: Record<string, FakeProcedure>;
  /** Plain HTTP routes by pathname, e.g. '/api/composition/demo'. */
  routes?: Record<string, () => Response>;
};

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * A stand-in for the gateway over `fetch`. It speaks httpBatchLink's wire format
 * (`/trpc/a,b?batch=1&input={"0":…}`, or a POST body for mutations, answered by a JSON array),
 * so the real tRPC client, React Query and our components all run.
 */
export function fakeGateway({ procedures, routes = {} }: Options) {
  return vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const route = routes[url.pathname];
    if (route) return route();
    const match = /\/trpc\/(.+)$/.exec(url.pathname);
    if (!match?.[1]) return json({ message: `No route ${url.pathname}` }, 404);

    const paths = decodeURIComponent(match[1]).split(',');
    const rawInputs =
      init?.method === 'POST' ? String(init.body ?? '{}') : (url.searchParams.get('input') ?? '{}');
    const inputs = JSON.parse(rawInputs) as Record<string, unknown>;
    const answers = paths.map((path, index): FakeAnswer => {
      const procedure = procedures[path];
      if (!procedure)
        return { error: { code: 'NOT_FOUND', httpStatus: 404, message: `No procedure ${path}` } };
      return typeof procedure === 'function' ? procedure(inputs[String(index)]) : procedure;
    });
    const body = answers.map((answer, index) =>
      'error' in answer
        ? {
            error: {
              message: answer.error.message,
              code: -32000,
              data: { ...answer.error, path: paths[index] },
            },
          }
        : { result: { data: answer.data } },
    );
    const statuses = new Set(
      answers.map((answer) => ('error' in answer ? answer.error.httpStatus : 200)),
    );
    return json(body, statuses.size === 1 ? [...statuses][0]! : 207);
  });
}

/** The tRPC calls a fake received, as [procedure, input] pairs in order. */
export function trpcCalls(fetch: ReturnType<typeof fakeGateway>): Array<[string, unknown]> {
  return fetch.mock.calls.flatMap(([input, init]) => {
    const url = new URL(String(input), 'http://localhost');
    const match = /\/trpc\/(.+)$/.exec(url.pathname);
    if (!match?.[1]) return [];
    const raw =
      init?.method === 'POST' ? String(init.body ?? '{}') : (url.searchParams.get('input') ?? '{}');
    const inputs = JSON.parse(raw) as Record<string, unknown>;
    return decodeURIComponent(match[1])
      .split(',')
      .map((path, index): [string, unknown] => [path, inputs[String(index)]]);
  });
}
