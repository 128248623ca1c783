'use strict';
// Never lose a draft: reload, a closed and reopened browser, a full storage, two tabs, several
// drafts; and the exchange: export → import gives an equal draft, a malformed file changes nothing.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { CHROMIUM_ARGS, collectConsoleErrors, exportValidator, formatViolations, fullStorage, runAxe, savedWith, storedDrafts, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();

const NAME = 'Hankkeen nimi suomeksi';
const nameBox = (page) => page.getByRole('textbox', { name: NAME });

async function openProject(page, base) {
  await page.goto(new URL('project', base).href);
  await waitForApp(page);
  await nameBox(page).waitFor();
}


const drafts = storedDrafts;

test('a draft survives a reload and a closed and reopened browser, and says when it was saved', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-profile-'));
  const { chromium } = require('playwright-core');
  const launch = () =>
    chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'fi-FI',
    });
  try {
    let context = await launch();
    let page = context.pages()[0] || (await context.newPage());
    const errors = collectConsoleErrors(page);
    await openProject(page, env.server.url);
    await nameBox(page).fill('Yhteinen asiointi');
    await page.getByRole('textbox', { name: 'Tiivistelmä' }).fill('Rivi yksi.\nRivi kaksi <b>ei lihavoitu</b>.');
    await savedWith(page, 'Rivi kaksi');
    assert.match(await page.locator('#saved-at').textContent(), /^Tallennettu klo \d{1,2}\.\d{2}$/);
    await page.reload();
    await nameBox(page).waitFor();
    assert.equal(await nameBox(page).inputValue(), 'Yhteinen asiointi');
    assert.deepEqual(errors, []);
    await context.close();

    context = await launch();
    page = context.pages()[0] || (await context.newPage());
    await openProject(page, env.server.url);
    assert.equal(await nameBox(page).inputValue(), 'Yhteinen asiointi');
    assert.equal(await page.getByRole('textbox', { name: 'Tiivistelmä' }).inputValue(), 'Rivi yksi.\nRivi kaksi <b>ei lihavoitu</b>.');
    await context.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a full storage shows a lasting warning with a copy to download, and loses nothing', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  await fullStorage(context, { full: false });
  try {
    const page = await context.newPage();
    await openProject(page, env.server.url);
    await nameBox(page).fill('Ennen');
    await savedWith(page, 'Ennen');
    // The origin's storage becomes full.
    await page.evaluate(() => (window.__storageFull = true));
    await nameBox(page).fill('Ennen ja jälkeen täyttymisen');
    const banner = page.locator('#save-problem');
    await banner.waitFor();
    assert.equal(await banner.getAttribute('role'), 'alert');
    assert.match(await banner.textContent(), /tallennustila on täynnä/);
    assert.equal(await page.locator('#saved-at').textContent(), 'Ei vielä tallennettu');
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      banner.getByRole('button', { name: 'Lataa kopio tiedostoksi' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^hakemus-ennen-ja-jalkeen-tayttymisen-\d{4}-\d{2}-\d{2}\.json$/);
    const copy = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(copy.application.project.name_fi, 'Ennen ja jälkeen täyttymisen');

    // The warning stays through further typing; once space is freed, saving works again.
    await nameBox(page).press('End');
    await nameBox(page).type('!');
    await page.waitForTimeout(500);
    assert.equal(await banner.isVisible(), true);
    await page.evaluate(() => (window.__storageFull = false));
    await banner.getByRole('button', { name: 'Yritä tallentaa uudelleen' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.reload();
    await nameBox(page).waitFor();
    assert.equal(await nameBox(page).inputValue(), 'Ennen ja jälkeen täyttymisen!');
  } finally {
    await context.close();
  }
});

test('a tab keeps its own draft through the files app, whatever another tab opened since', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  const at = (p) => new URL(p, env.server.url).href;
  try {
    const a = await context.newPage();
    await openProject(a, env.server.url);
    await nameBox(a).fill('Ensimmäinen hanke');
    await savedWith(a, 'Ensimmäinen hanke');
    // A new tab has no draft of its own yet: it opens the browser's last one.
    const c = await context.newPage();
    await openProject(c, env.server.url);
    assert.equal(await nameBox(c).inputValue(), 'Ensimmäinen hanke');
    // Another tab starts a new draft: the browser's last one is now that.
    const b = await context.newPage();
    await b.goto(at('drafts'));
    await waitForApp(b);
    await b.getByRole('button', { name: 'Uusi luonnos' }).click();
    await b.waitForURL((u) => u.pathname === '/');
    await waitForApp(b);
    // The first new tab checks its answers (a page load of the files app): still its own draft.
    await c.goto(at('review'));
    await waitForApp(c);
    await c.locator('section[aria-labelledby="review-project"]').getByText('Ensimmäinen hanke').first().waitFor();
    await c.goto(at('project'));
    await waitForApp(c);
    assert.equal(await nameBox(c).inputValue(), 'Ensimmäinen hanke');
  } finally {
    await context.close();
  }
});

test("a new draft made on a drafts page opened in a tab of its own leaves another tab's empty first draft alone", async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    // The first visit: the drafter's tab starts an empty draft of its own, and nothing is typed yet.
    const a = await context.newPage();
    await a.goto(env.server.url);
    await waitForApp(a);
    await a.waitForFunction(() => sessionStorage.getItem('hakemus.current') !== null);
    const first = await a.evaluate(() => sessionStorage.getItem('hakemus.current'));
    // Another tab opens the drafts page directly (it has no draft of its own: it shows the browser's
    // last one as open) and starts a new draft there.
    const b = await context.newPage();
    await b.goto(new URL('drafts', env.server.url).href);
    await waitForApp(b);
    await b.locator('table.drafts tbody tr').first().waitFor();
    await b.getByRole('button', { name: 'Uusi luonnos' }).click();
    await b.waitForURL((u) => u.pathname === '/');
    await waitForApp(b);
    // The first tab's draft is still stored: it was that tab's, open there, not this one's to tidy.
    const keys = (await drafts(b)).map(([k]) => String(k));
    assert.ok(keys.some((k) => k === first), `${first} in ${JSON.stringify(keys)}`);
    assert.equal(keys.length, 2, JSON.stringify(keys));
  } finally {
    await context.close();
  }
});

test("check your answers in a tab whose draft another tab deleted says so, and shows no empty form", async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const a = await context.newPage();
    await openProject(a, env.server.url);
    await nameBox(a).fill('Poistettava hanke');
    await savedWith(a, 'Poistettava hanke');
    // Another tab starts a draft of its own and deletes the first tab's.
    const b = await context.newPage();
    await b.goto(new URL('drafts', env.server.url).href);
    await waitForApp(b);
    await b.getByRole('button', { name: 'Uusi luonnos' }).click();
    await b.waitForURL((u) => u.pathname === '/');
    await waitForApp(b);
    await b.goto(new URL('drafts', env.server.url).href);
    await waitForApp(b);
    const row = b.locator('table.drafts tbody tr').filter({ hasText: 'Poistettava hanke' });
    await row.getByRole('button', { name: 'Poista' }).click();
    await b.waitForFunction(() => document.activeElement?.id === 'undo-remove');
    // The first tab checks its answers: its draft is gone, and the page says so.
    await a.goto(new URL('review', env.server.url).href);
    await waitForApp(a);
    await a.locator('#no-draft-here').getByText('poistettu toisessa välilehdessä').waitFor();
    assert.equal(await a.locator('#submit-status').count(), 0);
    assert.equal(await a.getByRole('link', { name: 'Luonnokset' }).count() > 0, true);
  } finally {
    await context.close();
  }
});

test('two tabs on one draft: the idle tab follows, an edited one never overwrites newer data', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const a = await context.newPage();
    await openProject(a, env.server.url);
    await nameBox(a).fill('Versio A');
    await savedWith(a, 'Versio A');
    const b = await context.newPage();
    await openProject(b, env.server.url);
    assert.equal(await nameBox(b).inputValue(), 'Versio A');

    // A saves while B has nothing unsaved: B shows A's newer version.
    await nameBox(a).fill('Versio A2');
    await savedWith(a, 'Versio A2');
    await b.waitForFunction((n) => document.getElementById('project-name_fi')?.value === n, 'Versio A2');

    // B types, and A saves before B's save: B must not overwrite A's newer data.
    await nameBox(b).fill('Versio B');
    await nameBox(a).fill('Versio A3');
    await a.evaluate(() => window.dispatchEvent(new Event('pagehide'))); // A saves at once
    const banner = b.locator('#save-problem');
    await banner.waitFor();
    assert.match(await banner.textContent(), /muutettu toisessa välilehdessä/);
    const violations = await runAxe(b);
    assert.equal(violations.length, 0, formatViolations(violations));
    await b.waitForTimeout(600); // B's own save attempt has come and gone
    let stored = await drafts(a);
    assert.equal(stored.length, 1);
    assert.match(stored[0][1], /Versio A3/);

    await banner.getByRole('button', { name: 'Säilytä tämän välilehden versio uutena luonnoksena' }).click();
    await banner.waitFor({ state: 'detached' });
    stored = await drafts(a);
    assert.equal(stored.length, 2);
    assert.match(stored[0][1], /Versio A3/);
    assert.match(stored[1][1], /Versio B/);
  } finally {
    await context.close();
  }
});

test('export → import gives an equal draft, as a new one; a malformed file changes nothing', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await openProject(page, env.server.url);
    await nameBox(page).fill('Vienti ja tuonti');
    await page.getByLabel('Alkamispäivä').fill('2020-03-01');
    await page.goto(new URL('budget', env.server.url).href);
    await page.getByRole('button', { name: 'Lisää kustannusrivi' }).click();
    await page.getByRole('textbox', { name: 'Summa (€) Rivi 1' }).fill('1 200 000,50');
    await page.getByRole('button', { name: 'Lisää kustannusrivi' }).click();
    await page.getByRole('textbox', { name: 'Summa (€) Rivi 2' }).fill('12,5O');
    await savedWith(page, '12,5O');

    await page.getByRole('link', { name: 'Vie hakemus' }).first().click();
    await page.getByRole('heading', { name: 'Vie hakemus' }).waitFor();
    assert.match(await page.locator('main').textContent(), /application\.budget\.lines\[1\]\.amount/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa tiedosto' }).click()]);
    const file = await download.path();
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(exported.format, 'hakemus-application');
    assert.equal(exported.schema_version, 5);
    assert.equal(exported.application.project.start, '2020-03-01');
    assert.equal(exported.application.budget.lines[0].amount, '1200000.50');
    assert.deepEqual(exported.unreadable, { 'application.budget.lines[1].amount': '12,5O' });
    assert.equal(exported.working_copy, undefined, 'an untitled draft without partner requests: no working copy');
    assertValidExport(exported);

    // Copy to the clipboard gives the same application.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Kopioi leikepöydälle' }).click();
    await page.locator('#copy-result').getByText('Hakemus kopioitiin leikepöydälle.').waitFor();
    const pasted = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    assert.deepEqual(pasted.application, exported.application);

    // Import the file: a new draft, equal to the first.
    await page.goto(new URL('drafts', env.server.url).href);
    await page.getByLabel('Valitse tiedosto').setInputFiles(file);
    await page.locator('#import-result').getByText('Hakemus tuotiin uutena luonnoksena').waitFor();
    assert.equal((await drafts(page)).length, 2);
    await page.locator('#open-imported').click();
    await page.waitForURL((url) => url.pathname === '/'); // opened (storage is asynchronous), then the overview
    await page.getByRole('link', { name: 'Talousarvio' }).first().click();
    assert.equal(await page.getByRole('textbox', { name: 'Summa (€) Rivi 1' }).inputValue(), '1 200 000,50');
    assert.equal(await page.getByRole('textbox', { name: 'Summa (€) Rivi 2' }).inputValue(), '12,5O');
    await page.goto(new URL('export', env.server.url).href);
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa tiedosto' }).click()]);
    const reexported = JSON.parse(fs.readFileSync(await again.path(), 'utf8'));
    // The same application; the working copy beside it carries the imported draft's own title.
    assert.deepEqual({ ...reexported, exported_at: null, working_copy: null }, { ...exported, exported_at: null, working_copy: null });
    assert.match(reexported.working_copy.title, /^Vienti ja tuonti \(tuotu \d+\.\d+\.\)$/);

    // A malformed file (pasted): its message names the place, and no draft changes.
    const before = await drafts(page);
    await page.goto(new URL('drafts', env.server.url).href);
    const bad = structuredClone(exported);
    bad.application.budget.lines[0].amount = '12,5O';
    await page.getByLabel('Tai liitä viety JSON tähän').fill(JSON.stringify(bad));
    await page.getByRole('button', { name: 'Tuo liitetty teksti' }).click();
    const result = page.locator('#import-result');
    await result.waitFor();
    assert.equal(await result.getAttribute('role'), 'alert');
    assert.match(await result.textContent(), /application\.budget\.lines\[0\]\.amount: "12,5O" ei ole rahamäärä/);
    // A newer version and a file that is not JSON at all.
    await page.getByLabel('Tai liitä viety JSON tähän').fill(JSON.stringify({ ...exported, schema_version: 6 }));
    await page.getByRole('button', { name: 'Tuo liitetty teksti' }).click();
    await result.getByText(/uudemmalla versiolla/).waitFor();
    await page.getByLabel('Valitse tiedosto').setInputFiles({ name: 'kuva.json', mimeType: 'application/json', buffer: Buffer.from([0xff, 0xd8, 0xff]) });
    await result.getByText(/ei ole UTF-8-tekstiä/).waitFor();
    assert.deepEqual(await drafts(page), before);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('several drafts: new, rename, copy, delete with undo', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    await openProject(page, env.server.url);
    await nameBox(page).fill('Ensimmäinen');
    await savedWith(page, 'Ensimmäinen');
    await page.getByRole('link', { name: 'Luonnokset' }).click();
    await page.getByRole('button', { name: 'Uusi luonnos' }).click();
    await page.getByRole('heading', { name: 'Hakemus', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Luonnokset' }).click();
    const rows = page.locator('table.drafts tbody tr');
    await rows.nth(1).waitFor(); // the list is read from storage after the page is shown
    assert.equal(await rows.count(), 2);
    const first = rows.filter({ hasText: 'Ensimmäinen' });
    await first.getByRole('button', { name: 'Nimeä uudelleen' }).click();
    await page.waitForFunction(() => document.activeElement?.labels?.[0]?.textContent === 'Luonnoksen nimi');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Kevään haku');
    await page.keyboard.press('Enter');
    await rows.filter({ hasText: 'Kevään haku' }).getByRole('button', { name: 'Tee kopio' }).click();
    await rows.filter({ hasText: 'Kevään haku (kopio)' }).waitFor();
    assert.equal(await rows.count(), 3);
    await rows.filter({ hasText: 'Kevään haku (kopio)' }).getByRole('button', { name: 'Poista' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'undo-remove');
    assert.equal(await rows.count(), 2);
    await page.keyboard.press('Enter');
    await rows.filter({ hasText: 'Kevään haku (kopio)' }).waitFor();
    await rows.filter({ hasText: 'Kevään haku (kopio)' }).getByRole('button', { name: 'Avaa' }).click();
    await page.getByRole('link', { name: 'Haku ja hanke' }).click();
    assert.equal(await nameBox(page).inputValue(), 'Ensimmäinen');
  } finally {
    await context.close();
  }
});

/** The downloaded file against the committed schema. */
function assertValidExport(value) {
  const validate = exportValidator();
  assert.ok(validate(value), JSON.stringify(validate.errors));
}

test('a draft of the earlier one-draft version is moved over, and an unreadable record is kept and downloadable', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const page = await context.newPage();
    await openProject(page, env.server.url);
    const garbage = '{"revision": 1, "draft": {"project": ';
    await page.evaluate((garbage) => {
      localStorage.setItem('hakemus.draft.v1', JSON.stringify({ project: { name_fi: 'Vanha luonnos' } }));
      localStorage.setItem('hakemus.drafts.v1/9', garbage);
    }, garbage);
    await page.goto(new URL('drafts', env.server.url).href);
    const rows = page.locator('table.drafts tbody tr');
    await rows.filter({ hasText: 'Vanha luonnos' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('hakemus.draft.v1')), null, 'moved, not copied');
    const unreadable = rows.filter({ hasText: 'Tätä tallennetta ei voi lukea' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      unreadable.getByRole('button', { name: 'Lataa tallennettu teksti' }).click(),
    ]);
    assert.equal(fs.readFileSync(await download.path(), 'utf8'), garbage);
    const stored = await drafts(page);
    assert.deepEqual(stored.find(([id]) => id === 9), [9, garbage], 'kept as it was, under its id');
    assert.equal(await page.evaluate(() => localStorage.getItem('hakemus.drafts.v1/9')), null, 'moved once verified');
    await rows.filter({ hasText: 'Vanha luonnos' }).getByRole('button', { name: 'Avaa' }).click();
    await page.getByRole('link', { name: 'Haku ja hanke' }).click();
    assert.equal(await nameBox(page).inputValue(), 'Vanha luonnos');
  } finally {
    await context.close();
  }
});
