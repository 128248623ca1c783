// Hakemus service worker — TEMPLATE. `src/sw/precache.js` (run by the Makefile after the three apps
// are built) fills in the placeholders and writes the result to the build's root as `sw.js`; this file
// is never served as is.
//
// - install:  precache every file of the build (hashed .wasm/.js/.css, index.html as the root URL)
//             into a cache named after a content hash of those files, then skipWaiting(). A new
//             build takes over only once every one of its files is in its cache: while one stalls or
//             fails, the worker of the build before keeps serving that build, whole (issue 28, 12).
// - activate: delete the caches of older builds (same prefix, other name), then clients.claim().
// - fetch:    a navigation to a page of an app (the root URL, a client-side route such as /budget
//             or /reviewer/decision: a path whose last segment has no file extension) → the cached
//             entry of the app the path belongs to (`entryFor`: reviewer.html for /reviewer and
//             below, initiatives.html for /initiatives and below, grant.html for /grant and
//             below, follow-up.html for /follow-up and below, files.html for /drafts,
//             /review and /clarification, else index.html; tests/e2e/support.js
//             serves them the same way), without
//             waiting for the network: a server that stalls the headers or the body, answers with
//             an error page, or a captive portal's page of its own, never stands in for the app,
//             and a new deploy reaches the user once its worker has fetched all of it (the browser
//             checks sw.js at each navigation). With nothing cached, the network's answer as it is.
//             Another navigation (a path with an extension that is not a file of the build) → the
//             network if it answers with a success or a redirect, headers and body, within
//             NETWORK_TIMEOUT_MS (3 s); else the cached entry of its app. Same-origin GETs of
//             precached files → cache first, navigations to them too (a download link).
//             Everything else (non-GET, cross-origin, files not in the build) is left to the
//             browser and never cached.
'use strict';

const CACHE_PREFIX = 'hakemus-';
const CACHE_NAME = CACHE_PREFIX + '__BUILD_HASH__';
/** URL paths of every file in the build; the first is the index (public URL, e.g. "/"). */
const PRECACHE_URLS = __PRECACHE_URLS__;

/** How long a navigation that is not a page of an app waits for the network's whole answer (headers
 *  and body) before the cached app starts. */
const NETWORK_TIMEOUT_MS = 3000;

const INDEX_URL = new URL(PRECACHE_URLS[0], self.location).href;
/** The other apps' entries (bundles of their own, ARCHITECTURE.md "Three apps from one library", the first phase's, the grant's and the ministry's follow-up). */
const REVIEWER_URL = new URL('reviewer.html', INDEX_URL).href;
const FILES_URL = new URL('files.html', INDEX_URL).href;
const INITIATIVES_URL = new URL('initiatives.html', INDEX_URL).href;
const GRANT_URL = new URL('grant.html', INDEX_URL).href;
const FOLLOW_UP_URL = new URL('follow-up.html', INDEX_URL).href;

/** The files app's pages: the drafts page, check your answers and the answer to a request for
 *  further clarification. */
const FILES_PAGES = ['drafts', 'review', 'clarification'].map((p) => new URL(p, INDEX_URL).pathname);

/** The cached entry that starts the app a navigation to `url` belongs to. */
function entryFor(url) {
  const reviewer = new URL('reviewer', INDEX_URL).pathname;
  if (url.pathname === reviewer || url.pathname.startsWith(reviewer + '/')) return REVIEWER_URL;
  if (FILES_PAGES.some((p) => url.pathname === p || url.pathname === p + '/')) return FILES_URL;
  const initiatives = new URL('initiatives', INDEX_URL).pathname;
  if (url.pathname === initiatives || url.pathname.startsWith(initiatives + '/')) return INITIATIVES_URL;
  const grant = new URL('grant', INDEX_URL).pathname;
  if (url.pathname === grant || url.pathname.startsWith(grant + '/')) return GRANT_URL;
  const followUp = new URL('follow-up', INDEX_URL).pathname;
  if (url.pathname === followUp || url.pathname.startsWith(followUp + '/')) return FOLLOW_UP_URL;
  return INDEX_URL;
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
    event.respondWith(appEntry(request, INDEX_URL));
  } else if (PRECACHED.has(url.href)) {
    // A file of the build, also when it is a navigation (the schema's download link).
    event.respondWith(cacheFirst(request));
  } else if (request.mode === 'navigate') {
    const page = !/\.[^/]*$/.test(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
    event.respondWith(page ? appEntry(request, entryFor(url)) : networkFirst(request, entryFor(url)));
  }
});

/** The precached `entry` (this worker's build, whole); with it not cached, the network's answer. */
async function appEntry(request, entry) {
  const cached = await caches.match(entry, { cacheName: CACHE_NAME });
  return cached || fetch(request);
}

/**
 * The network's answer if it is a success (read whole) or a redirect within NETWORK_TIMEOUT_MS, else the precached
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
    if (response.type === 'opaqueredirect') return response;
    if (response.ok) {
      // The whole body within the deadline (the abort ends a stalled body's read too): a server
      // that sends the headers and then stalls must not keep the page blank.
      const body = await response.arrayBuffer();
      const { status, statusText, headers } = response;
      return new Response(body, { status, statusText, headers });
    }
  } catch {
    // No network, or no whole answer in time (aborted): the cached app.
  } finally {
    clearTimeout(timer);
  }
  return cached;
}

/** Hashed file names never change content, so the precached copy is always right. */
async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE_NAME });
  return cached || fetch(request);
}
