import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { z } from 'zod';
import { authorize, statsTableFor, verifySessionToken, type ApiDeps } from '@motesplats/api';
import { StatsTableInput, type StatsTable } from '@motesplats/contracts';
import { SESSION_COOKIE } from './trpc.js';
import { toCsv, toXlsx } from './stats-export-format.js';

type Issue = { path: string; message: string };

const FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', render: async (t: StatsTable) => toCsv(t) },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    render: toXlsx,
  },
} as const;

/** Query strings are text: a track given as '2' is the number 2; anything else stays as sent. */
function fromQuery(query: unknown): unknown {
  if (!query || typeof query !== 'object') return query;
  const values = { ...(query as Record<string, unknown>) };
  if (typeof values.track === 'string' && /^\d+$/.test(values.track)) {
    values.track = Number(values.track);
  }
  return values;
}

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path:
      issue.code === 'unrecognized_keys'
        ? issue.keys.join(', ')
        : issue.path.map(String).join('.') || '(query)',
    message: issue.code === 'unrecognized_keys' ? 'not a parameter of this export' : issue.message,
  }));
}

function fail(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  issues?: Issue[],
) {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .send({ error: { code, message, ...(issues ? { issues } : {}) } });
}

/** Only validated parts (dimension names, ISO dates, location slugs, 1–3) make up the name. */
function fileName(table: StatsTable, ext: string): string {
  const f = table.filter;
  const parts = [
    'motesplats-participants',
    `${table.rows}-by-${table.cols}`,
    f.locationId,
    f.track === null ? null : `track-${f.track}`,
    f.from ? `from-${f.from}` : null,
    f.to ? `to-${f.to}` : null,
    table.protection.method === 'perturb' ? 'perturbed' : null,
  ];
  return `${parts.filter(Boolean).join('_')}.${ext}`;
}

/**
 * GET /api/stats/export.csv and /api/stats/export.xlsx: stats.table as a file, with the same
 * filters as query parameters (rows, cols, from, to, locationId, track, protection), the same
 * session cookie, permission and location scope, and the same protection: the table comes from
 * @motesplats/api's statsTableFor, so the gateway never sees a raw count. 401 without a
 * session, 403 for a role or location outside the caller's reach, 400 naming the parameter.
 */
export async function statsExportRoutes(app: FastifyInstance, opts: { deps: ApiDeps }) {
  const { deps } = opts;
  for (const format of ['csv', 'xlsx'] as const) {
    const path = `/api/stats/export.${format}`;
    app.get(path, async (request: FastifyRequest, reply: FastifyReply) => {
      const session = await verifySessionToken(
        request.cookies[SESSION_COOKIE] ?? null,
        deps.sessionSecret,
        deps.now(),
      );
      const verdict = authorize('stats:read', session);
      if (verdict === 'UNAUTHORIZED') {
        return fail(reply, 401, verdict, 'Sign in to export statistics');
      }
      if (verdict === 'FORBIDDEN') {
        return fail(reply, 403, verdict, `Your role (${session?.role}) may not export statistics`);
      }
      const parsed = StatsTableInput.safeParse(fromQuery(request.query));
      if (!parsed.success) {
        const issues = issuesOf(parsed.error);
        const message = `Invalid query: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`;
        return fail(reply, 400, 'BAD_REQUEST', message, issues);
      }
      let table: StatsTable;
      try {
        table = await statsTableFor(deps, session, parsed.data, {
          requestId: String(request.id),
          procedure: `GET ${path}`,
        });
      } catch (error) {
        if (!(error instanceof TRPCError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
        request.log.info({ code: error.code, path }, error.message);
        return fail(reply, getHTTPStatusCodeFromError(error), error.code, error.message);
      }
      const { contentType, render } = FORMATS[format];
      const body = await render(table);
      return reply
        .header('content-type', contentType)
        .header('content-disposition', `attachment; filename="${fileName(table, format)}"`)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(body);
    });
  }
}
