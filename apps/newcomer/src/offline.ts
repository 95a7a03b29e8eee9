/** The service worker's cache of personal data (the last checklist); see public/sw.js. */
export const DATA_CACHE = 'motesplats-newcomer-data';

/** Forgets the cached checklist: on sign-out, and when the session is gone. */
export async function clearCachedData(): Promise<void> {
  try {
    if (typeof caches !== 'undefined') await caches.delete(DATA_CACHE);
  } catch {
    // No cache storage here (e.g. tests, or a private window).
  }
}

/** Registers the service worker (production builds only), and hands it the files just loaded. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    void navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const files = performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) =>
            new URL(name).pathname.startsWith(`${import.meta.env.BASE_URL}assets/`),
          );
        registration.active?.postMessage({ type: 'cache-files', files });
      })
      .catch(() => undefined);
  });
}
