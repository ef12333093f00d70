// The page's service worker: after the first visit, Verbatim works with the network off.
// Network first (a page served anew is always the newest), the cache when the network fails.
// The page's own files are cached when the worker installs (their list, precache.json, is
// written by scripts/offline at build time); anything else the page fetches from its own
// origin (the word model) is cached as it is fetched. Nothing is ever sent anywhere.
const CACHE = 'verbatim-v1';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const list = await fetch('precache.json', { cache: 'no-store' }).then((r) => r.json()).catch(() => []);
    // One file that cannot be had does not stop the others.
    await Promise.all(['./', ...list].map((path) => cache.add(path).catch(() => {})));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) cache.put(request, response.clone()).catch(() => {});
      return response;
    } catch (offline) {
      const cached = await cache.match(request, { ignoreSearch: true })
        ?? (request.mode === 'navigate' ? await cache.match('./') : undefined);
      if (cached) return cached;
      throw offline;
    }
  })());
});
