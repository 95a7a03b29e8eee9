import { randomUUID } from 'node:crypto';

/** A tRPC error answered by the gateway, with its code, so a test can name what went wrong. */
export class GatewayError extends Error {}

/**
 * The gateway over plain HTTP, as a signed-in development user: for test setup that is not the
 * subject of the test (registering a family before MV books it). tRPC 11's non-batched wire
 * format: queries as GET ?input=, mutations as POST with the input as the body.
 */
export class GatewaySession {
  private constructor(
    private readonly baseUrl: string,
    private readonly cookie: string,
  ) {}

  static async devLogin(
    baseUrl: string,
    who: { role: string; agency?: string; locationId?: string },
  ): Promise<GatewaySession> {
    const response = await fetch(`${baseUrl}/trpc/auth.devLogin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(who),
    });
    if (!response.ok) throw new GatewayError(`auth.devLogin: HTTP ${response.status}`);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return new GatewaySession(baseUrl, cookie);
  }

  async query<T>(path: string, input: unknown): Promise<T> {
    const url = `${this.baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
    return this.answer<T>(path, await fetch(url, { headers: { cookie: this.cookie } }));
  }

  async mutation<T>(path: string, input: Record<string, unknown>): Promise<T> {
    const response = await fetch(`${this.baseUrl}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: JSON.stringify({ ...input, idempotencyKey: randomUUID() }),
    });
    return this.answer<T>(path, response);
  }

  private async answer<T>(path: string, response: Response): Promise<T> {
    const body = (await response.json()) as {
      result?: { data: T };
      error?: { message: string; data?: { code?: string } };
    };
    if (!response.ok || !body.result) {
      throw new GatewayError(
        `${path}: HTTP ${response.status} ${body.error?.data?.code ?? ''} ${body.error?.message ?? ''}`,
      );
    }
    return body.result.data;
  }
}
