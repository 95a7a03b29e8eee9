import type { FastifyInstance } from 'fastify';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import { appRouter, createApiContext, type ApiDeps, type AppRouter } from '@motesplats/api';

export const SESSION_COOKIE = 'msp_session';

export async function trpcRoutes(
  app: FastifyInstance,
  opts: { deps: ApiDeps; cookieSecure: boolean },
) {
  const trpcOptions: FastifyTRPCPluginOptions<AppRouter>['trpcOptions'] = {
    router: appRouter,
    createContext: ({ req, res }) =>
      createApiContext(opts.deps, {
        requestId: String(req.id),
        ip: req.ip,
        sessionToken: req.cookies[SESSION_COOKIE] ?? null,
        setSessionToken(token, maxAgeSeconds) {
          if (token === null) {
            void res.clearCookie(SESSION_COOKIE, { path: '/' });
            return;
          }
          void res.setCookie(SESSION_COOKIE, token, {
            path: '/',
            httpOnly: true,
            sameSite: 'lax',
            secure: opts.cookieSecure,
            maxAge: maxAgeSeconds,
          });
        },
      }),
    onError({ error, path, req }) {
      // Client errors are answered with their 4xx; only our own faults are logged as errors.
      if (error.code === 'INTERNAL_SERVER_ERROR')
        req.log.error({ err: error, path }, 'procedure failed');
      else req.log.info({ code: error.code, path }, error.message);
    },
  };
  await app.register(fastifyTRPCPlugin, { prefix: '/trpc', trpcOptions });
}
