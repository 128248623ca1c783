'use strict';
// Issue 28, item 11: storage the browser may take away. The drafts page (the files app) says whether
// the browser has promised to keep the drafts, how much space they have, and warns before it runs
// out (README, "What 'saved' means").
//
// The promise is tested with Chromium's own answers, in a profile of its own (an incognito context,
// which Playwright's newContext is, refuses it whatever the site): headless Chromium refuses
// `persist()` to a site it has not been told to trust, and grants it once the site has the
// `durableStorage` permission (given here through DevTools, as a browser does for an installed app). A browser's
// estimate of the space cannot be set, nor can an API be taken away: for those cases an init script
// overrides `navigator.storage.estimate()` or `navigator.storage` itself — browser APIs whose real
// values a test cannot choose; the page reads them as it would any browser's.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { CHROMIUM_ARGS, collectConsoleErrors, formatViolations, runAxe, savedWith, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const url = (p) => new URL(p, env.server.url).href;
const MB = 1024 * 1024;
const GB = 1024 * MB;

/** Types a project name in the drafter (its first save asks the browser to keep the storage), then
 *  opens the drafts page by the header's link. */
async function typeThenDrafts(page, name) {
  await page.goto(url('project'));
  await waitForApp(page);
  await page.getByRole('textbox', { name: 'Hankkeen nimi suomeksi' }).fill(name);
  await savedWith(page, name);
  await page.getByRole('link', { name: 'Luonnokset' }).click();
  await page.getByRole('heading', { level: 1, name: 'Luonnokset' }).waitFor();
  await page.locator('#storage-persistence').waitFor();
}

/** Runs `fn(page)` in a browser with a profile of its own (not incognito); with `grant`, the site
 *  has the `durableStorage` permission from the start. */
async function inProfile({ grant }, fn) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-persist-'));
  const { chromium } = require('playwright-core');
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'fi-FI',
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    if (grant) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Browser.grantPermissions', { origin: new URL(env.server.url).origin, permissions: ['durableStorage'] });
    }
    await fn(page);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The storage section as a user reads it. */
async function storageSection(page) {
  const section = page.locator('section.storage-space');
  return {
    persistence: await section.locator('#storage-persistence').textContent(),
    backup: await section.getByRole('link', { name: 'Ota luonnoksista varmuuskopio' }).count(),
    used: (await section.locator('#storage-used').count()) ? await section.locator('#storage-used').textContent() : null,
    low: (await section.locator('#storage-low').textContent()).trim(),
  };
}

/** `navigator.storage.estimate()` answering `usage` and `quota` (bytes), in every page of `context`. */
async function estimate(context, usage, quota) {
  await context.addInitScript(([usage, quota]) => {
    StorageManager.prototype.estimate = async () => ({ usage, quota });
  }, [usage, quota]);
}

test('refused: the page says the drafts are not promised, what that means, and links to the backup', async () => {
  await inProfile({ grant: false }, async (page) => {
    const errors = collectConsoleErrors(page);
    await typeThenDrafts(page, 'Säilytyksen hanke');
    // Chromium's own answer, asked the same way the page asks it.
    assert.equal(await page.evaluate(() => navigator.storage.persisted()), false);
    const shown = await storageSection(page);
    assert.match(shown.persistence, /^Selain ei ole luvannut säilyttää luonnoksia\. .*Safari poistaa sivuston tiedot, kun sivustolla ei ole käyty seitsemään päivään/);
    assert.equal(shown.backup, 1);
    assert.equal(await page.locator('section.storage-space a[href="#backup"]').count(), 1);
    // The real estimate: some space used, plenty free (the build's cached files are in it too).
    const real = await page.evaluate(() => navigator.storage.estimate());
    assert.ok(real.usage > 0 && real.quota > real.usage, JSON.stringify(real));
    assert.match(shown.used, /^Tämä sivusto käyttää selaimen tallennustilaa \d[\d\u00a0]*,\d\u00a0Mt, ja vapaata on vielä \d[\d\u00a0]*,\d\u00a0[MG]t\.$/);
    assert.equal(shown.low, '', 'no warning with space to spare');
    assert.equal(await page.locator('[role="alert"]').count(), 0);
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));
    assert.deepEqual(errors, []);
  });
});

test('granted: once the site may keep its storage, the drafter\'s request is granted and the page says the drafts are kept', async () => {
  await inProfile({ grant: true }, async (page) => {
    await typeThenDrafts(page, 'Pysyvä hanke');
    assert.equal(await page.evaluate(() => navigator.storage.persisted()), true, 'the drafter asked, and Chromium granted');
    const shown = await storageSection(page);
    assert.match(shown.persistence, /^Selain on luvannut säilyttää tämän sivuston tiedot/);
    assert.equal(shown.backup, 0);
  });
});

test('a private window: Chromium refuses to keep its storage, and the page says the drafts are not promised', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' }); // incognito, as every newContext
  try {
    const page = await context.newPage();
    await page.goto(url('drafts'));
    await waitForApp(page);
    assert.equal(await page.evaluate(() => navigator.storage.persist()), false);
    await page.reload();
    await waitForApp(page);
    await page.locator('#storage-persistence').waitFor();
    assert.equal(await page.locator('#storage-persistence').getAttribute('data-persistent'), 'no');
  } finally {
    await context.close();
  }
});

test('running low: under 50 MB free, or under a tenth of the quota, a warning in a status line, in the page\'s language', async () => {
  for (const [usage, quota, free, words] of [
    [GB - 30 * MB, GB, '30,0\u00a0Mt', 'under 50 MB'],
    [10 * GB - 512 * MB, 10 * GB, '512,0\u00a0Mt', 'over 50 MB, but under a tenth'],
  ]) {
    const context = await env.browser.newContext({ locale: 'fi-FI' });
    await estimate(context, usage, quota);
    try {
      const page = await context.newPage();
      await page.goto(url('drafts'));
      await waitForApp(page);
      const status = page.locator('#storage-low');
      await status.getByText('Tallennustila on vähissä').waitFor();
      assert.equal(await status.getAttribute('role'), 'status', words);
      assert.equal(
        (await status.textContent()).trim(),
        `Tallennustila on vähissä: vapaata on enää ${free}. Kun tila loppuu, luonnoksia ei voi enää tallentaa. Ota varmuuskopio ja poista luonnokset, joita et enää tarvitse.`,
        words,
      );
      assert.equal(await page.locator('[role="alert"]').count(), 0, `${words}: a status, not an alert`);
      assert.match((await storageSection(page)).used, new RegExp(`ja vapaata on vielä ${free}\\.$`), words);
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, formatViolations(violations));
    } finally {
      await context.close();
    }
  }

  // A tenth of the quota or more, and over 50 MB: no warning. In English, with its own digits.
  const context = await env.browser.newContext({ locale: 'en-GB' });
  await estimate(context, 6 * GB, 7.5 * GB);
  try {
    const page = await context.newPage();
    await page.goto(url('drafts'));
    await waitForApp(page);
    await page.locator('#storage-used').waitFor();
    assert.equal(await page.locator('#storage-used').textContent(), 'This site uses 6.0\u00a0GB of the browser\'s storage, and 1.5\u00a0GB is still free.');
    assert.equal((await page.locator('#storage-low').textContent()).trim(), '');
  } finally {
    await context.close();
  }
});

test('a browser without the Storage API: nothing said that it did not say, and the backup still offered', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  // As a page not served over HTTPS, or an old browser, has it: no navigator.storage at all.
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'storage', { get: () => undefined }));
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(url('drafts'));
    await waitForApp(page);
    await page.locator('#storage-persistence').waitFor();
    const shown = await storageSection(page);
    assert.equal(shown.persistence, 'Selain ei kerro, säilyttääkö se luonnokset, jos levytila käy vähiin.');
    assert.equal(shown.backup, 1);
    assert.equal(shown.used, null, 'no sizes without an estimate');
    assert.equal(shown.low, '');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
