// The newcomer app's service worker (scope /newcomer/). Hand-written, no build step.
// - App shell: index.html network-first (fallback: the cached copy), hashed assets cache-first.
//   The page posts the asset URLs it loaded before this worker took control ('cache-files').
// - The last checklist: newcomer.checklist network-first; a copy is kept with the time it was
//   fetched (header x-motesplats-cached-at), which the app shows as "last updated" when offline.
// - Nothing else from /trpc is cached. Signing out deletes the data cache (src/offline.ts).
const SHELL = 'motesplats-newcomer-shell-v1';
const DATA = 'motesplats-newcomer-data';
const SCOPE = new URL('./', self.location.href).pathname; // '/newcomer/'
const CACHED_AT = 'x-motesplats-cached-at';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll([SCOPE]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('motesplats-newcomer-shell-') && key !== SHELL)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data && data.type === 'cache-files' && Array.isArray(data.files)) {
    const files = data.files.filter(
      (file) => typeof file === 'string' && new URL(file).pathname.startsWith(`${SCOPE}assets/`),
    );
    event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(files)));
  }
});

async function networkFirstShell(request) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(SCOPE, response.clone());
    return response;
  } catch {
    return (await cache.match(SCOPE)) || Response.error();
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function lastChecklist(request) {
  const cache = await caches.open(DATA);
  const key = `${SCOPE}__last-checklist`;
  try {
    const response = await fetch(request);
    if (response.ok) {
      const headers = new Headers(response.headers);
      headers.set(CACHED_AT, new Date().toISOString());
      const body = await response.clone().arrayBuffer();
      await cache.put(key, new Response(body, { status: 200, headers }));
    }
    return response;
  } catch {
    return (await cache.match(key)) || Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/trpc/newcomer.checklist')) {
    event.respondWith(lastChecklist(request));
  } else if (request.mode === 'navigate' && url.pathname.startsWith(SCOPE)) {
    event.respondWith(networkFirstShell(request));
  } else if (url.pathname.startsWith(`${SCOPE}assets/`)) {
    event.respondWith(cacheFirst(request));
  }
});
