// Hakemus service worker — TEMPLATE. `src/sw/precache.js` (run by the Makefile after both apps are
// built) fills in the placeholders and writes the result to the build's root as `sw.js`; this file
// is never served as is.
//
// - install:  precache every file of the build (hashed .wasm/.js/.css, index.html as the root URL)
//             into a cache named after a content hash of those files, then skipWaiting().
// - activate: delete the caches of older builds (same prefix, other name), then clients.claim().
// - fetch:    navigations (and the root URL) → network first, falling back to the cached entry of
//             the app the path belongs to (`entryFor`: reviewer.html for /reviewer and below, else
//             index.html; tests/e2e/support.js serves them the same way) when the network fails,
//             answers with an error status (anything but 2xx or a redirect,
//             e.g. a 503 maintenance page or a 404) or does not answer within NETWORK_TIMEOUT_MS (3 s),
//             so every client-side route (/budget, /review, …) starts offline and during outages;
//             with nothing cached, the network's answer as it is. Same-origin GETs of precached
//             files → cache first, navigations to them too (a download link). Everything else (non-GET, cross-origin, files not in the build) is
//             left to the browser and never cached.
'use strict';

const CACHE_PREFIX = 'hakemus-';
const CACHE_NAME = CACHE_PREFIX + '__BUILD_HASH__';
/** URL paths of every file in the build; the first is the index (public URL, e.g. "/"). */
const PRECACHE_URLS = __PRECACHE_URLS__;

/** How long a navigation waits for the network's answer (its headers) before the cached app starts. */
const NETWORK_TIMEOUT_MS = 3000;

const INDEX_URL = new URL(PRECACHE_URLS[0], self.location).href;
/** The reviewer's app's entry (a bundle of its own, ARCHITECTURE.md "Two apps"). */
const REVIEWER_URL = new URL('reviewer.html', INDEX_URL).href;

/** The cached entry that starts the app a navigation to `url` belongs to. */
function entryFor(url) {
  const reviewer = new URL('reviewer', INDEX_URL).pathname;
  return url.pathname === reviewer || url.pathname.startsWith(reviewer + '/') ? REVIEWER_URL : INDEX_URL;
}
const PRECACHED = new Set(PRECACHE_URLS.map((u) => new URL(u, self.location).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE_NAME);
      // `reload`: bypass the HTTP cache, so the precache holds exactly this build's files.
      await cache.addAll(PRECACHE_URLS.map((url) => new Request(url, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE_NAME).map((n) => caches.delete(n)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.href === INDEX_URL) {
    event.respondWith(networkFirst(request, INDEX_URL));
  } else if (PRECACHED.has(url.href)) {
    // A file of the build, also when it is a navigation (the schema's download link).
    event.respondWith(cacheFirst(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, entryFor(url)));
  }
});

/**
 * The network's answer if it is a success or a redirect within NETWORK_TIMEOUT_MS, else the precached
 * `entry` (the app routes on the client, so a 404 gets it too); with it not cached, the network's.
 */
async function networkFirst(request, entry) {
  const cached = await caches.match(entry, { cacheName: CACHE_NAME });
  if (!cached) return fetch(request);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), NETWORK_TIMEOUT_MS);
  try {
    const response = await fetch(request, { signal: abort.signal });
    // A navigation's redirect reaches the service worker unfollowed, as an 'opaqueredirect' (status 0).
    if (response.ok || response.type === 'opaqueredirect') return response;
  } catch {
    // No network, or no answer in time (aborted): the cached app.
  } finally {
    clearTimeout(timer); // once the headers are in, the body may take its time
  }
  return cached;
}

/** Hashed file names never change content, so the precached copy is always right. */
async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE_NAME });
  return cached || fetch(request);
}
