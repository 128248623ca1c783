'use strict';
// End to end, on the release build in headless Chromium: after one visit the service worker
// (src/sw/, generated into dist/sw.js by a Trunk post_build hook) has precached the build, so with the
// server gone the app still starts — on a reload and on any other client-side route — and the draft
// typed before is restored from the browser's storage.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, storedDrafts, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const DIST = path.join(REPO_ROOT, 'dist');

/** The precache list of dist/sw.js (the JSON array the generator writes into the template). */
function precacheUrls() {
  const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const m = sw.match(/const PRECACHE_URLS = (\[[^\]]*\]);/);
  assert.ok(m, 'dist/sw.js has no PRECACHE_URLS list');
  return { sw, urls: JSON.parse(m[1]) };
}

test('dist/sw.js precaches every file of the build under its hashed name, in a versioned cache', () => {
  const { sw, urls } = precacheUrls();
  // Six apps: the drafter's, the files app's, the reviewer's, the first phase's, the grant's and the
  // ministry's follow-up, each its own
  // wasm. (Trunk writes the hash as hex without leading zeros: 16 digits or fewer.)
  const wasm = fs.readdirSync(DIST).filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 6, `expected six .wasm in dist/, found ${wasm.join(', ')}`);
  for (const app of ['hakemus', 'hakemus-files', 'hakemus-reviewer', 'hakemus-initiatives', 'hakemus-grant', 'hakemus-follow-up']) {
    assert.equal(wasm.filter((f) => new RegExp(`^${app}-[0-9a-f]{8,16}_bg\\.wasm$`).test(f)).length, 1, `${app}: ${wasm.join(', ')}`);
  }
  const files = fs
    .readdirSync(DIST, { recursive: true })
    .filter((f) => !f.startsWith('.') && f !== 'sw.js' && f !== 'index.html' && fs.statSync(path.join(DIST, f)).isFile());
  assert.ok(files.includes('reviewer.html') && files.includes('files.html') && files.includes('initiatives.html') && files.includes('grant.html') && files.includes('follow-up.html'));
  assert.deepEqual([...urls].sort(), ['/', ...files.map((f) => '/' + f)].sort());
  for (const w of wasm) assert.ok(urls.includes('/' + w), `${w} is not in the precache list`);
  assert.match(sw, /const CACHE_NAME = CACHE_PREFIX \+ '[0-9a-f]{16}';/);
  assert.doesNotMatch(sw, /__BUILD_HASH__|__PRECACHE_URLS__/);
});

test('after the first visit the app starts offline on any route, with the draft restored', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  const name = 'Sähköinen asiointi ilman verkkoa';
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(new URL('project', env.server.url).href);
    await waitForApp(page);
    await page.getByRole('textbox', { name: 'Hankkeen nimi suomeksi' }).fill(name);

    // The service worker is installed (precache done), active and in control of this page.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, env.server.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.equal(await page.evaluate(() => new URL(navigator.serviceWorker.controller.scriptURL).pathname), '/sw.js');
    // The autosave has written the draft, and the page says so.
    await page.waitForFunction(() => document.getElementById('saved-at')?.dataset.state === 'saved');
    assert.ok((await storedDrafts(page)).some(([, text]) => text.includes(name)));

    // Offline: nothing answers on the server's port any more.
    await env.server.close();
    await assert.rejects(fetch(env.server.url));

    await page.reload();
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: 'Haku ja hanke' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Hankkeen nimi suomeksi' }).inputValue(), name);

    // A client-side route never visited before gets the cached index.html as well.
    await page.goto(new URL('budget', env.server.url).href);
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: 'Talousarvio' }).waitFor();
    // In-app navigation offline: overview, then the project part, with the name still there.
    await page.getByRole('link', { name: 'Hakemus', exact: true }).click();
    await page.getByRole('link', { name: 'Haku ja hanke' }).click();
    await page.getByRole('heading', { level: 1, name: 'Haku ja hanke' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Hankkeen nimi suomeksi' }).inputValue(), name);

    // The reviewer's app is another bundle: the footer's link loads it, offline too, from the cache;
    // a reviewer's route never visited gets it as well, and its link back loads the drafter's.
    await page.getByRole('link', { name: 'Arvioijan näkymä' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arvioijan näkymä' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/reviewer');
    await page.goto(new URL('reviewer/decision', env.server.url).href);
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: 'Rahoitusesitys' }).waitFor();
    await page.getByRole('link', { name: 'Hakijan näkymä' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hakemus' }).waitFor();

    // The drafts page is the files app, another bundle (files.html): the header's link loads it
    // offline too, with the draft listed, and its link back loads the drafter's on that draft.
    await page.getByRole('link', { name: 'Luonnokset' }).click();
    await page.getByRole('heading', { level: 1, name: 'Luonnokset' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/drafts');
    await page.locator('table.drafts tbody tr').filter({ hasText: name }).getByText('Avoinna').waitFor();
    await page.getByRole('link', { name: 'Takaisin hakemukseen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hakemus' }).waitFor();
    assert.equal(await page.locator('.draft-status .draft-name').textContent(), name);
    // The first phase's pages are another bundle (initiatives.html): the footer's link loads them
    // offline too, and a route of theirs never visited gets them as well.
    await page.getByRole('link', { name: 'Ehdotukset yhteishankkeiksi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ehdotukset yhteishankkeiksi' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/initiatives');
    await page.goto(new URL('initiatives/initiative/not-here', env.server.url).href);
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: 'Tätä ei ole tallennettu tähän selaimeen.' }).waitFor();
    await page.getByRole('link', { name: 'Takaisin hakemukseen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hakemus' }).waitFor();
    // The grant's pages are another bundle (grant.html): a route of theirs never visited loads them
    // offline.
    await page.goto(new URL('grant/not-here/ledger', env.server.url).href);
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: 'Tätä hanketta ei ole tallennettu tähän selaimeen.' }).waitFor();
    await page.getByRole('link', { name: 'Takaisin hakemukseen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hakemus' }).waitFor();
    // Check your answers is the files app's too: the overview's button loads it offline, on the draft.
    await page.getByRole('link', { name: 'Tarkista vastaukset' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tarkista vastaukset' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/review');
    await page.locator('section[aria-labelledby="review-project"]').getByText(name).waitFor();
    await page.getByRole('link', { name: 'Takaisin hakemukseen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hakemus' }).waitFor();

    // Swedish and English are files of the build, fetched when chosen (src/i18n/catalogue.rs): offline
    // too, from the cache; the app then starts in the language chosen, and so does the reviewer's.
    await page.getByLabel('Kieli').selectOption('sv');
    await page.getByRole('heading', { level: 1, name: 'Ansökan' }).waitFor();
    await page.reload();
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: 'Ansökan' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
    await page.getByRole('link', { name: 'Bedömarens vy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bedömarens vy' }).waitFor();
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Reviewer view' }).waitFor();
    await page.getByLabel('Language').selectOption('fi');
    await page.getByRole('link', { name: 'Hakijan näkymä' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hakemus' }).waitFor();

    // The schema is a file of the build, precached: it downloads offline, as committed.
    await page.goto(new URL('export', env.server.url).href);
    await waitForApp(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa JSON-skeema' }).click()]);
    assert.equal(download.suggestedFilename(), 'hakemus-application.schema.json');
    assert.equal(fs.readFileSync(await download.path(), 'utf8'), fs.readFileSync(path.join(REPO_ROOT, 'schema/hakemus-application.schema.json'), 'utf8'));
    // Opened as a page of its own, a file of the build comes from the cache too (not the app). In a
    // tab of its own: the browser's JSON view asks for /favicon.ico, which offline cannot answer.
    const tab = await context.newPage();
    const opened = await tab.goto(new URL('schema/hakemus-decision.schema.json', env.server.url).href);
    assert.deepEqual(await opened.json(), JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schema/hakemus-decision.schema.json'), 'utf8')));
    await tab.close();

    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await env.server.restart(); // back online for any later test of this file
  }
});
