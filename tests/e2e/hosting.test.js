'use strict';
// The site as shipped for nginx (deploy/nginx.conf, issue 28 item 13), on Debian's nginx with the
// release build: the same routes as the tests' own server (tests/e2e/support.js), the types, the
// caching (hashed files immutable, everything else revalidated) and the security headers, a
// Content-Security-Policy the apps run under with no console error — and that a violation of it
// would be one. `make test` also runs the offline, shell, language and reviewer suites on it
// (HAKEMUS_SERVER=nginx).

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, importAndOpen, launchBrowser, startNginx, startServer, waitForApp } = require('./support.js');

const DIST = path.join(REPO_ROOT, 'dist');
const env = {};
before(async () => {
  env.nginx = await startNginx('dist');
  env.node = await startServer('dist');
  env.browser = await launchBrowser();
});
after(async () => {
  if (env.browser) await env.browser.close();
  if (env.node) await env.node.close();
  if (env.nginx) await env.nginx.remove();
});

const get = (server, p) => fetch(new URL(p, server.url), { redirect: 'manual' });
const hashed = () => fs.readdirSync(DIST).filter((f) => /-[0-9a-f]{6,16}(_bg)?\.(js|wasm|css)$/.test(f));

test('the routes: every path gets what the tests\' own server gives it', async () => {
  const paths = [
    '/', '/budget', '/project/', '/drafts', '/drafts/', '/drafts/x', '/draftsx', '/review', '/review/', '/reviewer', '/reviewer/', '/reviewer/decision',
    '/reviewer/decision/print', '/reviewers', '/initiatives', '/initiatives/', '/initiatives/interest/x', '/initiatives/workshop/print', '/initiativesx',
    '/grant', '/grant/', '/grant/x', '/grant/x/ledger', '/grants', '/grant.html',
    '/follow-up', '/follow-up/', '/follow-up/x', '/follow-ups', '/follow-up.html',
    '/index.html', '/files.html', '/reviewer.html', '/initiatives.html', '/sw.js', '/shell.js', '/boot.js', '/i18n/texts-sv.json',
    '/schema/hakemus-application.schema.json', '/schema/', '/missing.txt', '/reviewer/missing.js', ...hashed().map((f) => '/' + f),
  ];
  for (const p of paths) {
    const [a, b] = await Promise.all([get(env.nginx, p), get(env.node, p)]);
    assert.equal(a.status, b.status, `${p}: nginx ${a.status}, the tests' server ${b.status}`);
    if (b.status === 200) {
      assert.ok(Buffer.from(await a.arrayBuffer()).equals(Buffer.from(await b.arrayBuffer())), `${p}: another body`);
    }
  }
  // The build's dotfiles are not published.
  assert.equal((await get(env.nginx, '/.release-stamp')).status, 404);
});

test('the types, and caching: hashed files kept a year, the rest revalidated', async () => {
  const types = {
    '/': /^text\/html; charset=utf-8$/,
    '/budget': /^text\/html; charset=utf-8$/,
    '/sw.js': /^(application|text)\/javascript; charset=utf-8$/,
    '/i18n/texts-en.json': /^application\/json; charset=utf-8$/,
    '/schema/hakemus-review.schema.json': /^application\/json/,
  };
  for (const f of hashed()) {
    types['/' + f] = { '.wasm': /^application\/wasm$/, '.js': /^application\/javascript/, '.css': /^text\/css/ }[path.extname(f)];
  }
  assert.ok(Object.keys(types).some((p) => p.endsWith('.wasm')));
  for (const [p, type] of Object.entries(types)) {
    const r = await get(env.nginx, p);
    assert.equal(r.status, 200, p);
    assert.match(r.headers.get('content-type'), type, `${p}: Content-Type`);
    const immutable = /-[0-9a-f]{6,16}(_bg)?\.(js|wasm|css)$/.test(p);
    assert.equal(
      r.headers.get('cache-control'),
      immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      `${p}: Cache-Control`,
    );
    if (!immutable) assert.ok(r.headers.get('etag'), `${p}: no ETag to revalidate with`);
  }
  // Revalidated: the same file again is a 304 without its body.
  const first = await get(env.nginx, '/');
  const again = await fetch(env.nginx.url, { headers: { 'If-None-Match': first.headers.get('etag') } });
  assert.equal(again.status, 304);
});

test('security headers on every answer: CSP with only the site\'s scripts and wasm, nosniff, referrer, no framing', async () => {
  for (const p of ['/', '/reviewer/decision', '/sw.js', hashed().find((f) => f.endsWith('.wasm')), '/missing.txt']) {
    const r = await get(env.nginx, p);
    const csp = r.headers.get('content-security-policy') || '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"], `${p}: ${csp}`);
    assert.deepEqual(directives['frame-ancestors'], ["'none'"], `${p}: ${csp}`);
    assert.deepEqual(directives['default-src'], ["'self'"], `${p}: ${csp}`);
    assert.deepEqual(directives['object-src'], ["'none'"], `${p}: ${csp}`);
    assert.ok(!/unsafe-inline|unsafe-eval'|\*|https?:/.test(csp.replace("'wasm-unsafe-eval'", '')), `${p}: ${csp}`);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', p);
    assert.equal(r.headers.get('referrer-policy'), 'no-referrer', p);
  }
});

test('the HTML entries have no inline script or style (the CSP would refuse them)', () => {
  for (const entry of ['index.html', 'files.html', 'reviewer.html', 'initiatives.html', 'grant.html', 'follow-up.html']) {
    const html = fs.readFileSync(path.join(DIST, entry), 'utf8');
    for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
      // A data block (JSON) is not run; every other script is a file of the site. (The release
      // build's HTML is minified: an attribute's value may be unquoted.)
      assert.ok(/\bsrc=("?)\/[^"\s>]+\1[\s>]/.test(tag) || /\btype=("?)application\/json\1[\s>]/.test(tag), `${entry}: inline script ${tag}`);
    }
    assert.doesNotMatch(html, /<style\b|\sstyle=|\son[a-z]+=/, `${entry}: inline style or handler`);
  }
});

test('the six apps run under the CSP with no console error, and a violation would be one', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    // A budget with lines: its table's headings for a narrow screen are CSS properties, which the
    // CSP lets the app set through the CSSOM (a style attribute it refuses).
    await importAndOpen(page, env.nginx.url, path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json'));
    for (const [route, heading] of [['budget', 'Talousarvio'], ['drafts', 'Luonnokset'], ['review', 'Tarkista vastaukset'], ['initiatives', 'Ehdotukset yhteishankkeiksi'], ['grant', 'Avustetut hankkeet'], ['follow-up', 'Avustusten seuranta'], ['reviewer', 'Arvioijan näkymä'], ['reviewer/decision', 'Rahoitusesitys']]) {
      await page.goto(new URL(route, env.nginx.url).href);
      await waitForApp(page);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      if (route === 'budget') {
        await page.locator('#budget-lines tbody tr').first().waitFor();
        assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('budget-lines')).getPropertyValue('--c2').trim()), '"Kustannuslaji"');
      }
    }
    // Another language's texts are fetched under the CSP too (connect-src).
    await page.getByLabel('Kieli').selectOption('sv');
    await page.getByRole('heading', { level: 1, name: 'Finansieringsförslag' }).waitFor();
    await page.getByLabel('Språk').selectOption('fi');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.deepEqual(errors, []);

    // An inline script is refused, and said on the console: the suites' "no console error" sees it.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = true';
      document.head.append(s);
    });
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.__inline), undefined);
    assert.ok(errors.some((e) => /Content Security Policy/.test(e)), `no CSP error: ${errors.join('\n')}`);
  } finally {
    await context.close();
  }
});
