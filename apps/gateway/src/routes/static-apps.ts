import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { REMOTE_CATALOGUE } from '@motesplats/composition';

const API_PREFIXES = ['/trpc', '/api/', '/remotes/'];
const NEWCOMER_PREFIX = '/newcomer/';

/** Files whose names carry no content hash must be revalidated; hashed assets can be cached. */
function cacheHeaders(reply: FastifyReply, path: string) {
  const stable = /\/assets\/.+-[A-Za-z0-9_-]{8,}\.(js|css|woff2?|svg|png)$/.test(path);
  void reply.header('cache-control', stable ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/**
 * Serves the built shell at /, the newcomer's app at /newcomer/ and each built remote at
 * /remotes/<id>/. Locations that deploy their frontends to a CDN run the gateway with
 * MOTESPLATS_STATIC_DIR=none instead.
 */
export async function staticApps(app: FastifyInstance, opts: { staticDir: string }) {
  const shellDist = join(opts.staticDir, 'shell', 'dist');
  const hasShell = existsSync(join(shellDist, 'index.html'));
  if (hasShell) {
    await app.register(fastifyStatic, {
      root: shellDist,
      prefix: '/',
      setHeaders: cacheHeaders,
      wildcard: false,
    });
  } else {
    app.log.warn({ shellDist }, 'the shell is not built; run the build to serve it');
  }

  // The newcomer's own app (apps/newcomer, not federated) at /newcomer/, with its own fallback.
  const newcomerDist = join(opts.staticDir, 'newcomer', 'dist');
  const hasNewcomer = existsSync(join(newcomerDist, 'index.html'));
  if (hasNewcomer) {
    await app.register(fastifyStatic, {
      root: newcomerDist,
      prefix: NEWCOMER_PREFIX,
      // reply.sendFile comes from the shell's registration when there is one.
      decorateReply: !hasShell,
      setHeaders: cacheHeaders,
    });
    // /newcomer (no slash) redirects to /newcomer/, where the service worker's scope starts,
    // keeping the query (the invitation's QR link carries ?code=).
    app.get('/newcomer', (request, reply) => {
      const query = request.url.slice('/newcomer'.length);
      return reply.redirect(`${NEWCOMER_PREFIX}${query}`, 301);
    });
  } else {
    app.log.warn({ newcomerDist }, 'the newcomer app is not built; run the build to serve it');
  }

  for (const remote of REMOTE_CATALOGUE) {
    const dist = join(opts.staticDir, remote.id, 'dist');
    if (!existsSync(dist)) {
      app.log.warn(
        { remote: remote.id, dist },
        'remote not built; the shell will show its error panel',
      );
      continue;
    }
    await app.register(fastifyStatic, {
      root: dist,
      prefix: `/remotes/${remote.id}/`,
      decorateReply: false,
      setHeaders: cacheHeaders,
    });
  }

  // Client-side routes of the shell (e.g. /?location=demo reloads) get its index.html.
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const wantsHtml =
      request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    // The newcomer app's client-side routes (and its QR link, /newcomer/?code=…) get its index.html.
    if (hasNewcomer && wantsHtml && path.startsWith(NEWCOMER_PREFIX)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html', newcomerDist);
    }
    if (hasShell && wantsHtml && !API_PREFIXES.some((prefix) => path.startsWith(prefix))) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html', shellDist);
    }
    return reply.code(404).send({ message: `Nothing at ${request.method} ${path}` });
  });
}
