'use strict';
// Shared helpers for the end-to-end tests (node:test + playwright-core + axe-core).
// No dependencies beyond node's standard library and the pinned devDependencies.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..', '..');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt']);

/** The text of the maintenance page that startServer answers with in 'unavailable' mode. */
const MAINTENANCE_TEXT = 'Palvelu on huoltokatkon vuoksi poissa käytöstä';
/** The text of the captive portal's page that startServer answers with in 'portal' mode. */
const PORTAL_TEXT = 'Kirjaudu vierasverkkoon';

/** Brotli at quality 11, as `make bench` counts sizes and a static host would pre-compress. */
function brotli(buf) {
  const zlib = require('node:zlib');
  return zlib.brotliCompressSync(buf, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  });
}

function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/** The pages of the files app (files.html): the drafts page, check your answers and the answer to a
 *  request for further clarification. */
const FILES_PAGES = /^\/(drafts|review|clarification)\/?$/;

/**
 * The HTML entry of the app a client-side route belongs to: the reviewer's (reviewer.html) for
 * `/reviewer` and below, the first phase's (initiatives.html) for `/initiatives` and below, the
 * grant's (grant.html) for `/grant` and below, the ministry's follow-up (follow-up.html) for
 * `/follow-up` and below, the
 * files app's (files.html) for its pages (FILES_PAGES), the drafter's
 * (index.html) for every other page. The service worker maps navigations the same way offline
 * (src/sw/sw.js, `entryFor`), and so does the site for nginx (deploy/nginx.conf).
 */
function entryFor(pathname) {
  if (pathname === '/reviewer' || pathname.startsWith('/reviewer/')) return 'reviewer.html';
  if (pathname === '/initiatives' || pathname.startsWith('/initiatives/')) return 'initiatives.html';
  if (pathname === '/grant' || pathname.startsWith('/grant/')) return 'grant.html';
  if (pathname === '/follow-up' || pathname.startsWith('/follow-up/')) return 'follow-up.html';
  if (FILES_PAGES.test(pathname)) return 'files.html';
  return 'index.html';
}

/**
 * Start a tiny static file server for `dir` (relative paths are resolved against the repository
 * root, so tests work from any cwd) on 127.0.0.1 and a free port.
 *
 * - `/` and unknown paths without a file extension get their app's HTML entry (`entryFor`: SPA
 *   fallback, status 200);
 *   unknown paths with an extension get 404.
 * - `close()` stops the server (drops keep-alive connections) — e.g. to simulate going offline;
 *   `restart()` listens again on the same port. Both are idempotent.
 * - `compress: true` serves text and wasm brotli-compressed (quality 11) to clients that accept it,
 *   as a production host would (the benchmark measures loads as users get them).
 * - `setMode(mode)` changes how every later request is answered: 'normal' (as above, the default),
 *   'unavailable' (status 503 with a small HTML maintenance page, MAINTENANCE_TEXT), 'hang' (the
 *   connection is accepted and the request read, but no response is ever written; `close()` destroys
 *   those sockets), 'stall' (as 'normal', but only the headers and the body's first bytes are
 *   written, then nothing: a proxy that stalls the body) or 'portal' (a captive portal: status 200
 *   with a login page of its own, PORTAL_TEXT, for every request).
 * - `stall(test)`: in 'normal' mode, a request whose path `test` accepts is answered as in 'stall'
 *   (`stall(null)` ends it) — a new deploy whose wasm stalls; `setRoot(dir)` serves another
 *   directory from the next request on (a new deploy).
 *
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>, restart: () => Promise<void>,
 *   setMode: (mode: 'normal' | 'unavailable' | 'hang' | 'stall' | 'portal') => void,
 *   stall: (test: ((pathname: string) => boolean) | null) => void, setRoot: (dir: string) => void}>}
 */
async function startServer(dir = 'dist', { compress = false, port: fixedPort = 0 } = {}) {
  let root = path.resolve(REPO_ROOT, dir);
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) {
    throw new Error(`${index} does not exist — run \`make build\` first`);
  }

  const compressed = new Map(); // file → brotli bytes (dist/ does not change while serving)
  if (compress) {
    // Compressed before the first request, as a host serves pre-compressed files: quality 11 takes
    // seconds for the wasm, which must not be counted as loading time.
    const all = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? all(path.join(d, e.name)) : [path.join(d, e.name)]);
    for (const f of all(root)) if (COMPRESSIBLE.has(path.extname(f))) compressed.set(f, brotli(fs.readFileSync(f)));
  }

  let mode = 'normal';
  let stalls = null; // in 'normal' mode, the paths answered as in 'stall'
  const hung = new Set(); // sockets of requests left unanswered in 'hang' and 'stall' mode
  const hang = (req) => {
    hung.add(req.socket);
    req.socket.once('close', () => hung.delete(req.socket));
  };

  const handler = (req, res) => {
    if (mode === 'unavailable') {
      res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(`<!doctype html><html lang="fi"><title>Huoltokatko</title><h1>${MAINTENANCE_TEXT}</h1></html>`);
      return;
    }
    if (mode === 'portal') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(`<!doctype html><html lang="fi"><title>Kirjaudu</title><h1>${PORTAL_TEXT}</h1></html>`);
      return;
    }
    if (mode === 'hang') {
      hang(req);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.join(root, path.normalize(pathname));
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    let stat = null;
    try {
      stat = fs.statSync(file);
    } catch {
      /* not found */
    }
    if (stat && stat.isDirectory()) {
      file = path.join(file, 'index.html');
      stat = fs.existsSync(file) ? fs.statSync(file) : null;
    }
    if (!stat) {
      if (path.extname(pathname) === '') {
        file = path.join(root, entryFor(pathname)); // SPA fallback: client-side routes
      } else {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
    }
    let body = fs.readFileSync(file);
    const headers = { 'Content-Type': contentType(file), 'Cache-Control': 'no-cache' };
    if (compress && COMPRESSIBLE.has(path.extname(file)) && /\bbr\b/.test(req.headers['accept-encoding'] || '')) {
      if (!compressed.has(file)) compressed.set(file, brotli(body));
      body = compressed.get(file);
      headers['Content-Encoding'] = 'br';
      headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    if (mode === 'stall' || (stalls && stalls(pathname))) {
      res.write(body.subarray(0, Math.min(64, body.length - 1))); // the headers and a few bytes, then nothing
      hang(req);
      return;
    }
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  let server = null;
  let port = fixedPort;

  const listen = () =>
    new Promise((resolve, reject) => {
      const s = http.createServer(handler);
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        s.off('error', reject);
        server = s;
        port = s.address().port;
        resolve();
      });
    });

  const close = () =>
    new Promise((resolve, reject) => {
      if (!server) return resolve();
      const s = server;
      server = null;
      s.close((err) => (err ? reject(err) : resolve()));
      s.closeAllConnections(); // keep-alive sockets would otherwise keep serving
      for (const socket of hung) socket.destroy();
    });

  const setMode = (m) => {
    if (!['normal', 'unavailable', 'hang', 'stall', 'portal'].includes(m)) throw new Error(`startServer: unknown mode ${m}`);
    mode = m;
  };
  const stall = (test) => {
    stalls = test;
  };
  const setRoot = (d) => {
    root = path.resolve(REPO_ROOT, d);
    compressed.clear();
  };

  const restart = async () => {
    await close();
    await listen();
  };

  await listen();
  return { url: `http://127.0.0.1:${port}/`, port, close, restart, setMode, stall, setRoot };
}

/** Debian's nginx (Makefile `tools`); NGINX overrides. */
const NGINX = process.env.NGINX || '/usr/sbin/nginx';
/** The site the repository ships for nginx (README, "How to host"). */
const NGINX_SITE = path.join(REPO_ROOT, 'deploy', 'nginx.conf');

/** A free TCP port on 127.0.0.1 (asked of the OS, then released for nginx to take). */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = require('node:net').createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts Debian's nginx with the shipped site (deploy/nginx.conf) serving `dir` on 127.0.0.1 and a
 * free port, as a user's process: the site's text is used as it is but for its `listen` lines (the
 * loopback port) and its `root` line (`dir`); nginx's own file (pid, logs, temporary files, all in a
 * temporary directory; `daemon off`, so that it is this process's child) is written here. The same
 * interface as startServer's `url`, `port`, `close()` and `restart()` (offline); the fault modes are
 * startServer's only.
 */
async function startNginx(dir = 'dist', { port: fixedPort = 0 } = {}) {
  const root = path.resolve(REPO_ROOT, dir);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${path.join(root, 'index.html')} does not exist — run \`make build\` first`);
  }
  if (!fs.existsSync(NGINX)) throw new Error(`${NGINX} not found — \`make tools\` installs Debian's nginx`);
  const port = fixedPort || (await freePort());
  const tmp = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'hakemus-nginx-'));

  const site = fs.readFileSync(NGINX_SITE, 'utf8');
  const replace = (text, re, by, what) => {
    const n = (text.match(new RegExp(re.source, 'gm')) || []).length;
    if (n === 0) throw new Error(`${NGINX_SITE}: no ${what} line`);
    return text.replace(new RegExp(re.source, 'gm'), by);
  };
  let local = replace(site, /^(\s*)listen\s+\[::\]:[^;]*;\s*$/, '', 'IPv6 listen');
  local = replace(local, /^(\s*)listen\s+[^;]*;/, `$1listen 127.0.0.1:${port};`, 'listen');
  local = replace(local, /^(\s*)root\s+[^;]*;/, `$1root ${root};`, 'root');
  fs.writeFileSync(path.join(tmp, 'site.conf'), local);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${path.join(tmp, t)};`);
  fs.writeFileSync(
    path.join(tmp, 'nginx.conf'),
    [
      process.getuid && process.getuid() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${path.join(tmp, 'nginx.pid')};`,
      `error_log ${path.join(tmp, 'error.log')} warn;`,
      'daemon off;',
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...temp,
      `  include ${path.join(tmp, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );

  const { spawn } = require('node:child_process');
  let child = null;
  let log = '';
  const url = `http://127.0.0.1:${port}/`;

  const start = async () => {
    log = '';
    const c = spawn(NGINX, ['-p', tmp, '-e', path.join(tmp, 'error.log'), '-c', path.join(tmp, 'nginx.conf')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    c.stderr.setEncoding('utf8');
    c.stderr.on('data', (d) => (log += d));
    const exited = new Promise((resolve) => c.once('exit', resolve));
    child = c;
    for (let i = 0; ; i++) {
      const ok = await fetch(url, { method: 'HEAD' }).then((r) => r.ok, () => false);
      if (ok) return;
      const gone = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 50))]);
      if (gone || i > 200) {
        const errorLog = fs.existsSync(path.join(tmp, 'error.log')) ? fs.readFileSync(path.join(tmp, 'error.log'), 'utf8') : '';
        throw new Error(`nginx did not start on ${url}:\n${log}\n${errorLog}`);
      }
    }
  };

  const close = async () => {
    if (!child) return;
    const c = child;
    child = null;
    if (c.exitCode === null && c.signalCode === null) {
      const exited = new Promise((resolve) => c.once('exit', resolve));
      c.kill('SIGTERM'); // nginx's fast shutdown: open connections are closed
      await exited;
    }
  };

  await start();
  return {
    url,
    port,
    close,
    restart: async () => {
      await close();
      await start();
    },
    setMode: () => {
      throw new Error('the fault modes are startServer\'s (tests/e2e/network.test.js), not nginx\'s');
    },
    /** The error log of nginx so far. */
    errorLog: () => (fs.existsSync(path.join(tmp, 'error.log')) ? fs.readFileSync(path.join(tmp, 'error.log'), 'utf8') : ''),
    remove: async () => {
      await close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch Debian's headless Chromium through playwright-core (no downloaded browsers). */
async function launchBrowser(options = {}) {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/**
 * Record console errors and uncaught page errors of `page` into the returned array
 * (strings, so that `assert.deepEqual(errors, [])` prints them readably).
 */
function collectConsoleErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      const where = loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : '';
      errors.push(`console.error: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (err) => {
    errors.push(`pageerror: ${err && err.stack ? err.stack : String(err)}`);
  });
  return errors;
}

/**
 * Wait until Trunk's loader has instantiated the wasm module (it sets `window.wasmBindings`) and
 * the app is mounted (it opens storage first, so the two are apart by a few milliseconds).
 */
async function waitForApp(page, { timeout = 30_000 } = {}) {
  // The app's own <main id="main"> (the static shell's has no id): the drafter's has mounted with its
  // draft (its header says whether it is saved), the reviewer's, the files app's and the first
  // phase's with their page.
  await page.waitForFunction(
    (files) =>
      window.wasmBindings !== undefined &&
      document.getElementById('main') !== null &&
      (location.pathname === '/reviewer' ||
        location.pathname.startsWith('/reviewer/') ||
        location.pathname === '/initiatives' ||
        location.pathname.startsWith('/initiatives/') ||
        location.pathname === '/grant' ||
        location.pathname.startsWith('/grant/') ||
        location.pathname === '/follow-up' ||
        location.pathname.startsWith('/follow-up/') ||
        new RegExp(files).test(location.pathname) ||
        document.getElementById('saved-at') !== null),
    FILES_PAGES.source,
    { timeout },
  );
}

/**
 * The drafts as stored: IndexedDB `hakemus`, store `drafts` (key = draft id, value = the record as
 * JSON text), as `[id, text]` pairs by id. Empty when the database does not exist yet.
 */
async function storedDrafts(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('hakemus');
        open.onupgradeneeded = () => open.transaction.abort(); // not created yet: nothing stored
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('drafts')) {
            db.close();
            resolve([]);
            return;
          }
          const store = db.transaction('drafts').objectStore('drafts');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            db.close();
            resolve(keys.result.map((k, i) => [k, values.result[i]]));
          };
          values.onerror = () => reject(values.error);
        };
      }),
  );
}

/** The text of the reviews record `key` ('all': the reviews, as a review file) in IndexedDB, or null. */
async function storedReviews(page, key = 'all') {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('hakemus');
        open.onupgradeneeded = () => open.transaction.abort(); // not created yet: nothing stored
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('reviews')) {
            db.close();
            resolve(null);
            return;
          }
          const get = db.transaction('reviews').objectStore('reviews').get(key);
          get.onsuccess = () => {
            db.close();
            resolve(get.result ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    key,
  );
}

/**
 * Waits until the page says saved (`#saved-at` data-state) and a stored draft holds `text`;
 * returns that draft's id.
 */
async function savedWith(page, text) {
  for (let i = 0; i < 300; i++) {
    if ((await page.locator('#saved-at').getAttribute('data-state')) === 'saved') {
      const found = (await storedDrafts(page)).find(([, t]) => typeof t === 'string' && t.includes(text));
      if (found) return found[0];
    }
    await page.waitForTimeout(50);
  }
  throw new Error(`the page never said saved with ${JSON.stringify(text)} stored`);
}

/**
 * Imports the application file `file` on the drafts page as a new draft, and opens it: returns
 * once the app has opened it and gone to the overview (opening reads storage asynchronously; a
 * navigation before that would reload the page on the previous draft).
 */
async function importAndOpen(page, base, file, { timeout = 30_000 } = {}) {
  await page.goto(new URL('drafts', base).href);
  await waitForApp(page, { timeout });
  await page.locator('#import-file').setInputFiles([file]);
  await page.locator('#open-imported').click();
  await page.waitForURL((url) => url.pathname === '/', { timeout });
}

/** Stores `text` as draft `id`'s record, as a damaged or newer version's record would be. */
async function putStoredDraft(page, id, text) {
  await page.evaluate(
    ({ id, text }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('hakemus');
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put(text, id);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { id, text },
  );
}

/**
 * Makes IndexedDB writes fail as a full disk makes them fail (QuotaExceededError) in every page of
 * `context` from its next navigation on, while `window.__storageFull` is true (it starts as `full`).
 * Chromium's quota override (CDP Storage.overrideQuotaForOrigin) does not take effect in headless
 * Chromium here, and a real disk cannot be filled in a test, so the failure is injected where the
 * browser would raise it.
 */
async function fullStorage(context, { full = true } = {}) {
  await context.addInitScript((full) => {
    window.__storageFull = full;
    for (const method of ['put', 'add']) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (...args) {
        if (window.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  }, full);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Inject node_modules' axe-core into `page` and return the WCAG 2.1 A/AA + best-practice violations. */
async function runAxe(page, { context = null, tags = AXE_TAGS } = {}) {
  // Evaluated through DevTools, not added as an inline <script>: the site's Content-Security-Policy
  // (deploy/nginx.conf, HAKEMUS_SERVER=nginx) refuses inline scripts, and must not be bypassed.
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(fs.readFileSync(require.resolve('axe-core'), 'utf8'));
  }
  return page.evaluate(
    async ({ context, tags }) => {
      const result = await window.axe.run(context || document, {
        runOnly: { type: 'tag', values: tags },
      });
      return result.violations;
    },
    { context, tags },
  );
}

/** Human-readable summary of axe violations for assertion messages. */
function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary}`).join('\n'),
    )
    .join('\n');
}

/**
 * Starts the server on dist/ and a browser for the test file, and stops both after it. Returns an
 * object whose `server` and `browser` are set once the file's tests run. The server is the tests'
 * own (startServer), or with HAKEMUS_SERVER=nginx the shipped nginx site (startNginx; `make test`
 * runs the offline, shell, language and reviewer suites so).
 */
function withBrowser() {
  const { before, after } = require('node:test');
  const env = {};
  const server = process.env.HAKEMUS_SERVER || 'node';
  if (!['node', 'nginx'].includes(server)) throw new Error(`HAKEMUS_SERVER=${server}: 'node' or 'nginx'`);
  before(async () => {
    env.server = server === 'nginx' ? await startNginx('dist') : await startServer('dist');
    env.browser = await launchBrowser();
  });
  after(async () => {
    if (env.browser) await env.browser.close();
    if (env.server) await (env.server.remove || env.server.close)();
  });
  return env;
}

/** Adds an applicant from the register by name, with a business ID and a contact person (fi UI). */
async function addApplicant(page, name, businessId, partner) {
  await page.getByRole('button', { name: 'Lisää hakija' }).click();
  const card = page.locator('section.applicant').last();
  await card.getByRole('combobox', { name: 'Kunta' }).fill(name);
  await card.getByRole('textbox', { name: 'Y-tunnus' }).fill(businessId);
  await card.getByRole('textbox', { name: 'Yhteyshenkilö', exact: true }).fill('Maija Meikäläinen');
  await card.getByRole('textbox', { name: 'Yhteyshenkilön sähköposti' }).fill('maija.meikalainen@kunta.fi');
  await card.getByRole('textbox', { name: 'Yhteyshenkilön puhelin' }).fill('040 123 4567');
  if (partner) {
    await card.getByRole('textbox', { name: 'Rooli hankkeessa' }).fill(partner.role);
    await card.getByRole('textbox', { name: 'Sitoutuminen hankkeeseen' }).fill(partner.commitment);
  }
}

/**
 * Fills the schedule, the budget, the risks and the monitoring (fi UI) as a complete application has
 * them, moving with the "next" links from the last written part: one work package and the budget's
 * one line borne by `lead`, a risk (its score 3 × 4 checked) in `riskOwner`'s care, one indicator.
 */
async function fillPlanToMonitoring(page, { lead, riskOwner, amount, grant }) {
  const next = (part) => page.getByRole('link', { name: `Seuraava: ${part}` }).click();
  await next('Aikataulu');
  await page.getByRole('button', { name: 'Lisää työpaketti' }).click();
  await page.getByRole('textbox', { name: 'Työpaketti tai välitavoite' }).fill('Nykytilan kartoitus');
  await page.getByLabel('Alkamispäivä').fill('2020-03-01');
  await page.getByLabel('Päättymispäivä').fill('2020-08-31');
  await page.getByRole('combobox', { name: 'Vastuullinen hakija' }).selectOption({ label: lead });

  await next('Talousarvio');
  await page.getByRole('button', { name: 'Lisää kustannusrivi' }).click();
  await page.getByRole('combobox', { name: 'Kustannuslaji Rivi 1' }).selectOption('personnel');
  await page.getByRole('textbox', { name: 'Kuvaus Rivi 1' }).fill('Projektipäällikkö');
  await page.getByRole('combobox', { name: 'Kustannuksen kantaja Rivi 1' }).selectOption({ label: lead });
  await page.getByRole('textbox', { name: 'Vuosi Rivi 1' }).fill('2020');
  await page.getByRole('textbox', { name: 'Summa (€) Rivi 1' }).fill(amount);
  await page.getByRole('combobox', { name: 'Alv-kanta Rivi 1' }).selectOption('0');
  await page.getByRole('textbox', { name: 'Haettava avustus (€)' }).fill(grant);

  await next('Riskit');
  await page.getByRole('button', { name: 'Lisää riski' }).click();
  await page.getByRole('textbox', { name: 'Riskin kuvaus' }).fill('Lomaketoimittajan aikataulu viivästyy');
  await page.getByRole('combobox', { name: 'Todennäköisyys (1–5)' }).selectOption('3');
  await page.getByRole('combobox', { name: 'Vaikutus (1–5)' }).selectOption('4');
  await page.getByRole('textbox', { name: 'Hallintakeinot' }).fill('Kilpailutus ajoissa');
  await page.getByRole('combobox', { name: 'Vastuullinen hakija' }).selectOption({ label: riskOwner });
  assert.equal(await page.locator('[id$="-score"]').textContent(), '12');

  await next('Seuranta');
  await page.getByRole('button', { name: 'Lisää mittari' }).click();
  await page.getByRole('textbox', { name: 'Mittari', exact: true }).fill('Sähköisesti saapuvien lomakkeiden osuus');
  await page.getByRole('textbox', { name: 'Lähtötaso' }).fill('10 %');
  await page.getByRole('textbox', { name: 'Tavoitetaso' }).fill('80 %');
  await page.getByRole('textbox', { name: 'Mittaustapa' }).fill('Asianhallinnan raportti');
  await page.getByRole('textbox', { name: 'Mittausajankohta' }).fill('Neljännesvuosittain');
}

/** A business ID with its check digit (weights 7 9 10 5 8 4 2, modulo 11) for seven digits. */
function businessId(seven) {
  const sum = [...seven].reduce((s, d, i) => s + Number(d) * [7, 9, 10, 5, 8, 4, 2][i], 0);
  const r = sum % 11;
  if (r === 1) throw new Error(`${seven} has no check digit`);
  return `${seven}-${r === 0 ? 0 : 11 - r}`;
}

/** A well-formed business ID for the `k`th applicant of a test (one with a check digit). */
function someBusinessId(k) {
  for (let n = 1234560 + k * 100; ; n += 1) {
    try {
      return businessId(String(n).padStart(7, '0'));
    } catch {
      // no check digit for this one: the next
    }
  }
}

/**
 * Completes an application draft made from the first phase (fi UI, the drafter open on it) with what
 * that phase cannot know, and exports it: the summary and period, every applicant's business ID (the
 * partners' roles and commitments, the lead's commitment), the exclusions, the questions left empty,
 * the plan. On the way it checks that the applicants are `municipalities` in that order (with their
 * `contact(name)` where given) and hands the goals' text box, with its carried text, to `onGoals`.
 * Returns the exported file's path and its content, valid against the committed schema.
 */
async function completeCarriedDraft(page, { municipalities, contact, onGoals }) {
  const next = (part) => page.getByRole('link', { name: `Seuraava: ${part}` }).click();
  const answerEmpty = async (text) => {
    for (const box of await page.getByRole('main').getByRole('textbox').all()) {
      if ((await box.inputValue()) === '') await box.fill(text);
    }
  };
  await page.getByRole('link', { name: 'Haku ja hanke' }).click();
  await page.getByRole('textbox', { name: 'Tiivistelmä' }).fill('Kuntien yhteiset sähköiset lomakkeet ja käsittelyprosessit.');
  await page.getByLabel('Alkamispäivä').fill('2020-03-01');
  await page.getByLabel('Päättymispäivä').fill('2021-10-31');

  // The lead first, then every municipality of the group, as the register names them; the business
  // IDs, roles and commitments are the lead's to add.
  await next('Hakijat');
  const cards = page.locator('section.applicant');
  assert.equal(await cards.count(), municipalities.length);
  for (const [k, name] of municipalities.entries()) {
    const card = cards.nth(k);
    assert.equal(await card.getByRole('combobox', { name: 'Kunta' }).inputValue(), name);
    if (contact) {
      assert.equal(await card.getByRole('textbox', { name: 'Yhteyshenkilö', exact: true }).inputValue(), contact(name));
    }
    await card.getByRole('textbox', { name: 'Y-tunnus' }).fill(someBusinessId(k));
    // The application asks for both an e-mail address and a phone number; the first phase for one.
    for (const [label, value] of [
      ['Yhteyshenkilön sähköposti', `yhteys${k}@example.fi`],
      ['Yhteyshenkilön puhelin', `040 000 00${k}0`],
    ]) {
      const box = card.getByRole('textbox', { name: label, exact: true });
      if ((await box.inputValue()) === '') await box.fill(value);
    }
    if (k > 0) {
      await card.getByRole('textbox', { name: 'Rooli hankkeessa' }).fill('Pilotointi');
      await card.getByRole('textbox', { name: 'Sitoutuminen hankkeeseen' }).fill('Työpanos 0,5 htv');
    }
  }
  await page.getByRole('checkbox', { name: /Hankehallinnoija sitoutuu vastaamaan valtionavustuksen käytöstä/ }).check();

  await next('Kohteet ja rajaukset');
  for (const group of await page.getByRole('group').filter({ has: page.getByRole('radio') }).all()) {
    await group.getByRole('radio', { name: 'Ei' }).check();
  }
  await page.getByRole('checkbox', { name: /kuntalain \(410\/2015\) 7 §/ }).check();

  await next('Nykytila ja tavoitteet');
  if (onGoals) await onGoals(page.getByRole('textbox', { name: 'Hankkeen tavoitteet ja toivottu lopputulos' }));
  await page.getByRole('combobox', { name: 'Digitalisaation kypsyystaso nyt' }).selectOption('2');
  await page.getByRole('combobox', { name: 'Tavoiteltu kypsyystaso' }).selectOption('4');
  await answerEmpty('Lomakkeet ovat nyt paperisia; tavoitteena sähköinen asiointi kaikissa kunnissa.');
  for (const part of ['Vaikuttavuus', 'Aiempi työ', 'Sitoumukset ja yhteentoimivuus']) {
    await next(part);
    await answerEmpty('Kuvattu hankesuunnitelmassa; mitattavat tavoitteet seurannassa.');
  }
  await fillPlanToMonitoring(page, { lead: municipalities[0], riskOwner: municipalities[municipalities.length - 1], amount: '100 000', grant: '85 000' });

  await page.getByRole('link', { name: 'Vie hakemus' }).first().click();
  await page.getByRole('heading', { name: 'Vie hakemus' }).waitFor();
  const file = await download(page, page.getByRole('button', { name: 'Lataa tiedosto' }));
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  const validate = exportValidator();
  assert.ok(validate(exported), JSON.stringify(validate.errors));
  return { file, exported };
}

/**
 * Opens Kiuruvesi's granted project from its committed application and decision
 * (tests/fixtures/grant/, written by tests/grant_open.rs) on the grant's home page: goes to
 * `/grant` of `serverUrl` first and waits for the app (`timeout`), or, without `serverUrl`, uses
 * the page where it is (already on the grant's home). Chooses both files, waits until each is
 * shown as chosen, and opens the project; then waits for the project's overview (its h1,
 * `#project-name`) unless `opened` is false (a `decision` that is refused, `other-decision.json`).
 */
async function openGrant(page, serverUrl, { decision = 'kiuruvesi-decision.json', opened = true, timeout = 30_000 } = {}) {
  const fixture = (name) => path.join(REPO_ROOT, 'tests/fixtures/grant', name);
  if (serverUrl) {
    await page.goto(new URL('grant', serverUrl).href);
    await waitForApp(page, { timeout });
  }
  const application = 'kiuruvesi-application.json';
  await page.locator('#grant-application-file').setInputFiles(fixture(application));
  await page.locator('#grant-application-file-chosen').getByText(application).waitFor({ timeout });
  await page.locator('#grant-decision-file').setInputFiles(fixture(decision));
  await page.locator('#grant-decision-file-chosen').getByText(decision).waitFor({ timeout });
  await page.locator('#open-grant').click();
  if (opened) await page.locator('#project-name').waitFor({ timeout });
}

/**
 * Types one entry into the grant's ledger page (`page` on /grant/<id>/ledger): adds a row and
 * fills its cells by id — `{ date, voucher, category (its id: 'personnel'), bearer (an applicant's
 * id; a partner's copy needs none), description, net, vat }`, amounts as a person types them
 * ('1 250,00'). Resolves to the entry's id.
 */
async function typeEntry(page, entry) {
  await page.locator('#add-entry').click();
  const handle = await page.waitForFunction(() => /^line-\d+-date$/.test(document.activeElement?.id || '') && document.activeElement.id);
  const id = (await handle.jsonValue()).split('-')[1];
  const cell = (key) => page.locator(`#line-${id}-${key}`);
  for (const key of ['date', 'voucher', 'description', 'net', 'vat']) {
    if (entry[key] !== undefined) await cell(key).fill(entry[key]);
  }
  if (entry.category) await cell('category').selectOption(entry.category);
  if (entry.bearer) await cell('bearer').selectOption(String(entry.bearer));
  return id;
}

/**
 * A partner answers the lead's request for entries (issue 30): in a browser context of its own
 * (its own storage, as on another municipality's computer) it opens the request file on the
 * grant's home page, types `entries` into its copy's ledger (see `typeEntry`) and returns them by
 * file ("Palauta kirjaukset"). `inspect(page, where)` is called on the copy's overview
 * (`where` 'overview') and on its ledger after typing ('ledger'); `edit(page)` on the ledger before
 * typing (to change an entry the request carried). Resolves to the contribution file's path.
 */
async function partnerReturns(browser, serverUrl, requestPath, entries, { locale = 'fi-FI', edit, inspect } = {}) {
  const context = await browser.newContext({ locale, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(new URL('grant', serverUrl).href);
    await waitForApp(page);
    await page.locator('#grant-application-file').setInputFiles(requestPath);
    await page.locator('#partner-copy-facts').waitFor();
    if (inspect) await inspect(page, 'overview');
    await page.locator('#ledger-link').click();
    await page.locator('#add-entry').waitFor();
    if (edit) await edit(page);
    for (const entry of entries) await typeEntry(page, entry);
    if (inspect) await inspect(page, 'ledger');
    return await download(page, page.locator('#return-entries'));
  } finally {
    await context.close();
  }
}

/** `hakemus-check --lang en` on `files` (its debug build, built first if need be): exit status and output. */
function hakemusCheck(files) {
  const root = path.join(__dirname, '..', '..');
  const { execFileSync, spawnSync } = require('node:child_process');
  execFileSync('cargo', ['build', '--quiet', '--bin', 'hakemus-check'], { cwd: root, stdio: 'inherit', timeout: 900_000 });
  // Where cargo put it: CARGO_TARGET_DIR when set (as the Makefile's own commands honour it).
  const target = process.env.CARGO_TARGET_DIR ? path.resolve(root, process.env.CARGO_TARGET_DIR) : path.join(root, 'target');
  const run = spawnSync(path.join(target, 'debug/hakemus-check'), ['--lang', 'en', ...files], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

/** An amount as the app writes it in Finnish: `euros('181 500,00')` is `181 500,00 €` with no-break spaces. */
function euros(text) {
  return `${text.replace(/ /g, '\u00a0')}\u00a0€`;
}

/** A small PDF, as the auditor's statement of a final report; its path (a new temporary folder). */
function statementPdf() {
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'hakemus-statement-'));
  const file = path.join(dir, 'tilintarkastajan-lausunto.pdf');
  fs.writeFileSync(file, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% Tilintarkastajan lausunto avustuksen käytöstä\n%%EOF\n');
  return file;
}

/**
 * Fills in Kiuruvesi's final report (`page` on the grant's final report page, fi UI): the four
 * texts, every indicator's final value, and the auditor's statement (`statementPdf`), waiting until
 * the statement is shown as attached. Saving is the caller's.
 */
async function fillFinalReport(page) {
  await page.locator('#final-impact').fill('Lomakkeiden käsittelyaika puolittui.');
  await page.locator('#final-ways-of-working').fill('Lomakkeet käsitellään sähköisesti.');
  await page.locator('#final-usability').fill('Lomakepohjat ovat muiden kuntien käytettävissä.');
  await page.locator('#final-work-and-results').fill('Yhdeksän kuntaa otti lomakkeet käyttöön.');
  const finals = page.locator('input[id^="final-indicator-"]');
  for (let i = 0; i < (await finals.count()); i += 1) await finals.nth(i).fill('85 %');
  await page.locator('#final-auditor-statement').setInputFiles(statementPdf());
  await page.locator('#final-statement-name').getByText('tilintarkastajan-lausunto.pdf').waitFor();
}

/**
 * Kiuruvesi's accounts from its accounting system (`page` on the project's overview, fi UI): goes
 * to the ledger, imports tests/fixtures/grant/kirjanpito-kiuruvesi.csv (seven rows; 5 248,55 €
 * eligible) and justifies the licence of its fourth row, which then counts (6 498,55 €, docs/rules.md
 * §11.2). The page is left on the ledger.
 */
async function importKiuruvesiLedger(page) {
  const eligible = () => page.locator('#ledger-eligible').textContent();
  await page.locator('#ledger-link').click();
  await page.locator('#csv-file').setInputFiles(path.join(REPO_ROOT, 'tests/fixtures/grant/kirjanpito-kiuruvesi.csv'));
  await page.locator('#csv-preview').getByText('Henkilöstökustannukset').first().waitFor();
  await page.getByRole('button', { name: 'Tuo kirjaukset' }).click();
  await page.locator('#csv-status').getByText('Tuotiin 7 kirjausta kirjanpitoon.').waitFor();
  assert.equal(await eligible(), euros('5 248,55'));
  await page
    .getByRole('textbox', { name: 'Lisenssin perustelu Kirjaus 4' })
    .fill('Lomakealustan rajapinta tarvitaan hankkeen lomakkeiden käsittelyyn.');
  assert.equal(await eligible(), euros('6 498,55'));
}

/** The element `#claim-<id>-<suffix>` of the `k`th payment claim (from 0) on the grant's claims page. */
function claimPart(page, suffix, k) {
  return page.locator(`[id^="claim-"][id$="-${suffix}"]`).nth(k);
}

/**
 * Adds payment claim `k` (from 0) on the grant's claims page (`page` on the project's overview, fi
 * UI) up to `until`, asking `amount`; asserts that it may ask `may` (as typed: '65 023,79'); saves
 * its file and resolves to its path, the page left on the claims page.
 */
async function makeClaim(page, k, until, amount, may) {
  await page.locator('#claims-link').click();
  await page.locator('#add-claim').click();
  await claimPart(page, 'until', k).fill(until);
  await claimPart(page, 'amount', k).fill(amount);
  assert.equal(await claimPart(page, 'may', k).textContent(), euros(may));
  return download(page, claimPart(page, 'save', k));
}

/** Records on the claims page what the ministry paid on claim `k` (from 0), and when. */
async function recordPaid(page, k, amount, on) {
  await claimPart(page, 'paid', k).fill(amount);
  await claimPart(page, 'paid-on', k).fill(on);
}

/** Clicks `button` and returns the path the downloaded file is saved at (a new temporary folder). */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'hakemus-download-'));
  const to = path.join(dir, file.suggestedFilename());
  await file.saveAs(to);
  return to;
}

/**
 * A validator of exported files against a committed JSON Schema (Ajv, draft 2020-12, strict): the
 * application's, or the one named (`hakemus-backup.schema.json`).
 * `format: uint64` is schemars' annotation for u64; its range is already given by `minimum`.
 */
function exportValidator(schema = 'hakemus-application.schema.json') {
  const Ajv2020 = require('ajv/dist/2020');
  const addFormats = require('ajv-formats');
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('uint64', { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 });
  const file = path.join(REPO_ROOT, 'schema', schema);
  return ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** The accessible names of every element with `role` as Chromium itself computes them (its
 *  accessibility tree), which Playwright's own name matching does not reproduce exactly. */
async function accessibleNames(page, role) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => n.role?.value === role).map((n) => n.name?.value || '');
}

module.exports = {
  entryFor,
  euros,
  statementPdf,
  fillFinalReport,
  importKiuruvesiLedger,
  makeClaim,
  recordPaid,
  openGrant,
  typeEntry,
  partnerReturns,
  fillPlanToMonitoring,
  completeCarriedDraft,
  hakemusCheck,
  businessId,
  download,
  storedDrafts,
  savedWith,
  importAndOpen,
  putStoredDraft,
  storedReviews,
  fullStorage,
  accessibleNames,
  brotli,
  exportValidator,
  withBrowser,
  addApplicant,
  REPO_ROOT,
  MAINTENANCE_TEXT,
  PORTAL_TEXT,
  AXE_TAGS,
  CHROMIUM_ARGS,
  startServer,
  startNginx,
  NGINX_SITE,
  launchBrowser,
  collectConsoleErrors,
  waitForApp,
  runAxe,
  formatViolations,
};

// `node tests/e2e/support.js serve [dir] [port]`: `make serve`, the release build served as the tests
// serve it, brotli-compressed, until interrupted.
if (require.main === module && process.argv[2] === 'serve') {
  const [dir = 'dist', port = '8080'] = process.argv.slice(3);
  startServer(dir, { compress: true, port: Number(port) }).then((s) => {
    console.log(`serving ${dir} on ${s.url} (Ctrl+C stops)`);
  });
}
