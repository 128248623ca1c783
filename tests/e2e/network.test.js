'use strict';
// End to end, on the release build in headless Chromium: once the service worker (src/sw/) controls
// the page, a server that answers with an error (a 503 maintenance page) or never answers does not
// keep the precached app from starting — and when the server is back, online visits work as before.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { MAINTENANCE_TEXT, collectConsoleErrors, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();

/** A page of `context` that has visited the app online and is controlled by its service worker,
 *  and the console errors it logs from then on. */
async function visitOnline(context) {
  const page = await context.newPage();
  const errors = collectConsoleErrors(page);
  await page.goto(env.server.url);
  await waitForApp(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { page, errors };
}

/** Runs `body` with a fresh browser context; the server is back to normal afterwards. */
async function withContext(body) {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    await body(context);
  } finally {
    env.server.setMode('normal');
    await context.close();
  }
}

test('a server answering 503 with a maintenance page does not stop the cached app', () =>
  withContext(async (context) => {
    const { page, errors } = await visitOnline(context);
    env.server.setMode('unavailable');
    assert.equal((await fetch(env.server.url)).status, 503);

    // The index URL itself, then a client-side route.
    for (const route of ['', 'budget']) {
      const response = await page.goto(new URL(route, env.server.url).href, { timeout: 10_000 });
      assert.equal(response.status(), 200, `/${route}: the 503 page was shown`);
      assert.equal(await page.getByText(MAINTENANCE_TEXT).count(), 0);
      await waitForApp(page, { timeout: 10_000 });
    }
    await page.getByRole('heading', { level: 1, name: 'Talousarvio' }).waitFor({ timeout: 10_000 });
    assert.deepEqual(errors, []);
  }));

test('without a precached app, the service worker passes the 503 page through', () =>
  withContext(async (context) => {
    const { page } = await visitOnline(context);
    await page.evaluate(async () => Promise.all((await caches.keys()).map((name) => caches.delete(name))));
    env.server.setMode('unavailable');

    const response = await page.goto(new URL('budget', env.server.url).href, { timeout: 10_000 });
    assert.equal(response.status(), 503);
    await page.getByText(MAINTENANCE_TEXT).waitFor();
  }));

test('a server that never answers does not keep the cached app from starting', () =>
  withContext(async (context) => {
    const { page, errors } = await visitOnline(context);
    env.server.setMode('hang');

    const start = Date.now();
    await page.goto(new URL('project', env.server.url).href, { timeout: 10_000 });
    await waitForApp(page, { timeout: 10_000 });
    await page.getByRole('heading', { level: 1, name: 'Haku ja hanke' }).waitFor({ timeout: 10_000 });
    const elapsed = Date.now() - start;
    assert.ok(elapsed < 10_000, `the app took ${elapsed} ms to start`);
    assert.deepEqual(errors, []);
  }));

test('with the server back to normal, an online visit works as before', () =>
  withContext(async (context) => {
    const { page, errors } = await visitOnline(context);
    env.server.setMode('hang');
    await page.reload({ timeout: 10_000 });
    await waitForApp(page, { timeout: 10_000 });

    env.server.setMode('normal');
    for (const route of ['', 'budget']) {
      const response = await page.goto(new URL(route, env.server.url).href);
      assert.equal(response.status(), 200);
      await waitForApp(page);
    }
    await page.getByRole('heading', { level: 1, name: 'Talousarvio' }).waitFor();
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));

    // The server's 404 for a navigation gets the cached app too: the app routes on the client.
    assert.equal((await fetch(new URL('missing.txt', env.server.url))).status, 404);
    assert.equal((await page.goto(new URL('missing.txt', env.server.url).href)).status(), 200);
    await waitForApp(page);
    assert.deepEqual(errors, []);
  }));
