import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import type { Database } from '@motesplats/db';
import type { ApiDeps } from '@motesplats/api';
import type { GatewayConfig } from './config.js';
import { trpcRoutes } from './routes/trpc.js';
import { compositionRoutes } from './routes/composition.js';
import { staticApps } from './routes/static-apps.js';
import { statsExportRoutes } from './routes/stats-export.js';
import { invitationPdfRoutes } from './routes/invitation-pdf.js';
import { GATEWAY_VERSION } from './version.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** A Vary header value that includes Origin. */
function withOrigin(vary: string | null | undefined): string {
  if (!vary) return 'Origin';
  return /(^|,)\s*(origin|\*)\s*(,|$)/i.test(vary) ? vary : `${vary}, Origin`;
}

export async function buildServer(config: GatewayConfig, db: Database): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    // A caller's request id is kept so one id follows a request across services.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    // tRPC batches put several procedure names in one path segment.
    routerOptions: { maxParamLength: 5000 },
    trustProxy: true,
  });
  // Once shutdown begins, answers to requests still in flight close their keep-alive
  // connection; otherwise an idle client connection would hold the close open.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
  });

  const deps: ApiDeps = {
    db,
    sessionSecret: config.sessionSecret,
    ...(config.sealSecret ? { sealSecret: config.sealSecret } : {}),
    sessionTtlSeconds: config.sessionTtlSeconds,
    devLogin: config.devLogin,
    version: GATEWAY_VERSION,
    now: () => new Date(),
  };

  await app.register(fastifyCookie);
  // gzip/brotli for everything that compresses (the apps' JS and CSS, tRPC's JSON): on a slow
  // phone connection the newcomer app's entry chunk is 13 KB instead of 33 KB.
  await app.register(fastifyCompress, { global: true, threshold: 1024 });
  if (config.corsOrigins.length > 0) {
    // Frontends hosted elsewhere (a location's composed deployment) call the gateway with the
    // session cookie: only the listed origins, never '*'. Without the setting no CORS header is
    // sent at all, so browsers keep the gateway same-origin only.
    await app.register(fastifyCors, {
      origin: config.corsOrigins,
      credentials: true,
      methods: ['GET', 'HEAD', 'POST'],
      exposedHeaders: ['x-request-id', 'content-disposition'],
      maxAge: 600,
    });
    // Answers differ by Origin, so caches must know. tRPC answers with a fetch Response whose own
    // Vary header replaces the one @fastify/cors set on the reply: add Origin where it ends up.
    app.addHook('onSend', async (_request, reply, payload) => {
      if (payload instanceof Response) {
        payload.headers.set('vary', withOrigin(payload.headers.get('vary')));
      } else {
        void reply.header('vary', withOrigin(reply.getHeader('vary')?.toString()));
      }
      return payload;
    });
  }
  await app.register(trpcRoutes, { deps, cookieSecure: config.cookieSecure });
  await app.register(statsExportRoutes, { deps });
  await app.register(invitationPdfRoutes, { deps, publicUrl: config.publicUrl });
  await app.register(compositionRoutes, {
    db,
    remotesUrl: config.remotesUrl,
    remoteUrls: config.remoteUrls,
  });
  if (config.staticDir) await app.register(staticApps, { staticDir: config.staticDir });
  return app;
}
