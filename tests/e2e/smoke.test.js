'use strict';
// Smoke test of the release build: the page is served, is Finnish, and loads without errors.
// Run with `make build && node --test tests/e2e/*.test.js` (or `make test`).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();

test('release build loads: HTTP 200, <html lang="fi">, wasm starts, no console or page errors', async () => {
  // The app follows navigator.languages (headless Chromium says en-US): be a Finnish user.
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);

    const response = await page.goto(env.server.url, { waitUntil: 'load' });
    assert.ok(response, 'no response for the index page');
    assert.equal(response.status(), 200);
    // (The release build's HTML is minified: its attribute values may be unquoted.)
    assert.match(await response.text(), /<html[^>]*\slang=("fi"|fi)[\s>]/i);

    await waitForApp(page);
    await page.waitForLoadState('networkidle');

    assert.equal(await page.evaluate(() => document.documentElement.getAttribute('lang')), 'fi');
    assert.match(await page.title(), /Hakemus/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('static server: SPA fallback for extension-less paths, 404 for missing files', async () => {
  const spa = await fetch(new URL('some/client/route', env.server.url));
  assert.equal(spa.status, 200);
  assert.match(spa.headers.get('content-type'), /^text\/html/);
  // Each app's routes get its own entry: the reviewer's below /reviewer, the first phase's below
  // /initiatives, the grant's below /grant, the follow-up's below /follow-up, the files app's at /drafts and /review, the drafter's
  // elsewhere.
  const entry = (html) => html.match(/hakemus(-reviewer|-files|-initiatives|-grant|-follow-up)?-[0-9a-f]+\.js/)[0];
  assert.match(entry(await spa.text()), /^hakemus-[0-9a-f]+\.js$/);
  for (const route of ['reviewer', 'reviewer/', 'reviewer/ab12/assessment']) {
    assert.match(entry(await (await fetch(new URL(route, env.server.url))).text()), /^hakemus-reviewer-/, route);
  }
  assert.match(entry(await (await fetch(new URL('reviewers', env.server.url))).text()), /^hakemus-[0-9a-f]+\.js$/);
  for (const route of ['drafts', 'drafts/', 'review', 'review/']) {
    assert.match(entry(await (await fetch(new URL(route, env.server.url))).text()), /^hakemus-files-/, route);
  }
  assert.match(entry(await (await fetch(new URL('drafts/other', env.server.url))).text()), /^hakemus-[0-9a-f]+\.js$/);
  // The first phase's below /initiatives.
  for (const route of ['initiatives', 'initiatives/', 'initiatives/initiative/ab12', 'initiatives/workshop/print']) {
    assert.match(entry(await (await fetch(new URL(route, env.server.url))).text()), /^hakemus-initiatives-/, route);
  }
  assert.match(entry(await (await fetch(new URL('initiativesx', env.server.url))).text()), /^hakemus-[0-9a-f]+\.js$/);
  // The grant's below /grant.
  for (const route of ['grant', 'grant/', 'grant/ab12', 'grant/ab12/ledger']) {
    assert.match(entry(await (await fetch(new URL(route, env.server.url))).text()), /^hakemus-grant-/, route);
  }
  assert.match(entry(await (await fetch(new URL('grants', env.server.url))).text()), /^hakemus-[0-9a-f]+\.js$/);
  // The ministry's follow-up below /follow-up.
  for (const route of ['follow-up', 'follow-up/', 'follow-up/x']) {
    assert.match(entry(await (await fetch(new URL(route, env.server.url))).text()), /^hakemus-follow-up-/, route);
  }
  assert.match(entry(await (await fetch(new URL('follow-ups', env.server.url))).text()), /^hakemus-[0-9a-f]+\.js$/);

  const missing = await fetch(new URL('missing.js', env.server.url));
  assert.equal(missing.status, 404);

  // instantiateStreaming needs the right MIME type, else wasm-bindgen falls back with a warning.
  const wasm = fs.readdirSync(path.join(REPO_ROOT, 'dist')).find((f) => f.endsWith('.wasm'));
  assert.ok(wasm, 'no .wasm file in dist/');
  const res = await fetch(new URL(wasm, env.server.url));
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/wasm');
});
