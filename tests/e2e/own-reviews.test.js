'use strict';
// Issue 27, the reviewer's own assessments as a user meets them. (1) A colleague's review file
// offered through "Tuo omat arviosi tiedostosta" goes to the panel, never over the reviewer's own;
// the panel shows that colleague once, however often their file comes in; the reviewer's own file
// from another browser asks before a newer review replaces the one here, and what it replaced is
// restored with "Palauta", also after a reload. (2) An assessment opened by its address (a reload,
// a bookmark, a link) shows the stored scores and reasons, also when the stored reviews take longer
// to read than the opened applications.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, formatViolations, runAxe, storedReviews, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const COMPLETE = path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json');
const SAMPLE = path.join(REPO_ROOT, 'tests/fixtures/exchange/sample.json');

const rowOf = (page, file) => page.locator('#applications tbody tr', { hasText: file });
const ownScore = (page, file) => rowOf(page, file).locator('td').last().locator('a');

async function openReviewer(page, files) {
  await page.goto(new URL('reviewer', env.server.url).href);
  await waitForApp(page);
  await page.locator('#reviewer-files').setInputFiles(files);
  await page.waitForFunction((n) => document.querySelectorAll('#applications tbody tr').length === n, files.length);
}

async function identify(page, name, organisation) {
  await page.locator('#reviewer-name').fill(name);
  await page.locator('#reviewer-name').press('Tab');
  await page.locator('#reviewer-organisation').fill(organisation);
  await page.locator('#reviewer-organisation').press('Tab');
}

/** From the list, the assessment of `file`; every criterion scored `score`, each with a reason. */
async function scoreAll(page, file, score) {
  await ownScore(page, file).click();
  await page.locator('#assessment-total').waitFor();
  const names = await page.evaluate(() => [...document.querySelectorAll('fieldset.scores input[value="0"]')].map((r) => r.name));
  assert.equal(names.length, 13);
  for (const name of names) {
    await page.locator(`input[name="${name}"][value="${score}"]`).check();
    await page.locator(`#note-${name.slice('score-'.length)}`).fill(`Perustelu ${score}.`);
  }
  await page.getByRole('link', { name: 'Takaisin hakemusluetteloon' }).first().click();
  await page.locator('#applications').waitFor();
}

async function exportReviews(page, file) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa arviot tiedostona (JSON)' }).click()]);
  await download.saveAs(file);
  return file;
}

async function importOwn(page, file) {
  await page.getByLabel('Tuo omat arviosi tiedostosta').setInputFiles([file]);
}

test('a colleague\'s file goes to the panel, never over the own; the own file asks before replacing, and Palauta restores', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-own-'));
  const contexts = [];
  const page = async () => {
    const c = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
    contexts.push(c);
    return c.newPage();
  };
  try {
    // Anna scores complete.json 2 everywhere (26 / 39).
    const anna = await page();
    const errors = collectConsoleErrors(anna);
    await openReviewer(anna, [COMPLETE, SAMPLE]);
    await identify(anna, 'Anna Arvioija', 'Valtiovarainministeriö');
    await scoreAll(anna, 'complete.json', 2);
    assert.match(await ownScore(anna, 'complete.json').textContent(), /^26 \/ 39/);

    // Bertil, in his browser, scores it 3 everywhere and sends his file.
    const bertil = await page();
    await openReviewer(bertil, [COMPLETE, SAMPLE]);
    await identify(bertil, 'Bertil Bedömare', 'Kuntaliitto');
    await scoreAll(bertil, 'complete.json', 3);
    const bertilFile = await exportReviews(bertil, path.join(dir, 'arviot-bertil.json'));

    // Anna opens it where she imports her own: it goes to the panel; her own stay as they were.
    await importOwn(anna, bertilFile);
    await anna.locator('#reviews-imported', { hasText: 'Tiedosto on toisen arvioijan (Bertil Bedömare): se avattiin arvioijaryhmään. Omia arvioitasi ei muutettu.' }).waitFor();
    assert.equal(await anna.locator('#panel-members li').count(), 1);
    assert.match(await ownScore(anna, 'complete.json').textContent(), /^26 \/ 39/);
    const panelCells = async () => ({
      totals: await rowOf(anna, 'complete.json').locator('td.panel-total').allTextContents(),
      mean: await rowOf(anna, 'complete.json').locator('td.panel-mean').textContent(),
      spread: await rowOf(anna, 'complete.json').locator('td.panel-spread').textContent(),
    });
    assert.deepEqual(await panelCells(), { totals: ['39 / 39'], mean: '32,50', spread: '13' });
    assert.match(await anna.locator('#reviews-stored').textContent(), /^1 arvio tallennettu/);

    // However often his file comes in, and by either way, Bertil is one member of the panel.
    await importOwn(anna, bertilFile);
    await anna.locator('#panel-files').setInputFiles([bertilFile]);
    await anna.waitForTimeout(300);
    assert.equal(await anna.locator('#panel-members li').count(), 1);
    const headings = await anna.locator('#applications thead th').allTextContents();
    assert.equal(headings.filter((h) => h === 'Bertil Bedömare').length, 1, headings.join(' | '));
    assert.deepEqual(await panelCells(), { totals: ['39 / 39'], mean: '32,50', spread: '13' });

    // A file that names no reviewer, while Anna has a name: she is asked whose it is.
    const nameless = JSON.parse(fs.readFileSync(bertilFile, 'utf8'));
    delete nameless.reviewer;
    const namelessFile = path.join(dir, 'nimeton.json');
    fs.writeFileSync(namelessFile, JSON.stringify(nameless));
    await importOwn(anna, namelessFile);
    await anna.getByRole('heading', { name: 'Kenen arviot tiedostossa ovat?' }).waitFor();
    assert.match(await anna.locator('#reviews-imported').textContent(), /Tiedoston arvioija: ei nimeä\. Tämän selaimen arvioija: Anna Arvioija\./);
    // Focus moves to the question (after its render).
    await anna.waitForFunction(() => document.activeElement?.id === 'whose-title', null, { timeout: 2_000 });
    await anna.getByRole('button', { name: 'Toisen arvioijan: avaa arvioijaryhmään' }).click();
    await anna.locator('#reviews-imported', { hasText: '(nimeton.json): se avattiin arvioijaryhmään' }).waitFor();
    assert.equal(await anna.locator('#panel-members li').count(), 2);
    assert.match(await ownScore(anna, 'complete.json').textContent(), /^26 \/ 39/);
    await anna.locator('#panel-members li', { hasText: 'nimeton.json' }).getByRole('button').click();
    await anna.waitForFunction(() => document.querySelectorAll('#panel-members li').length === 1);

    // Anna in another browser scores complete.json 1 everywhere, later: her own file, newer.
    const annaElsewhere = await page();
    await openReviewer(annaElsewhere, [COMPLETE]);
    await identify(annaElsewhere, 'Anna Arvioija', '');
    await scoreAll(annaElsewhere, 'complete.json', 1);
    const annaFile = await exportReviews(annaElsewhere, path.join(dir, 'arviot-anna.json'));

    // Imported: asked first, both versions named; declined, nothing changes.
    await importOwn(anna, annaFile);
    await anna.locator('#replace-title').waitFor();
    // Focus moves to the question (after its render).
    await anna.waitForFunction(() => document.activeElement?.id === 'replace-title', null, { timeout: 2_000 });
    const item = await anna.locator('#replacing li').allTextContents();
    assert.equal(item.length, 1);
    assert.match(item[0], /^Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun: tässä selaimessa 26 \/ 39 pistettä.*\(muutettu .+\), tiedostossa 13 \/ 39 pistettä.*\(muutettu .+\)$/);
    const violations = await runAxe(anna);
    assert.equal(violations.length, 0, formatViolations(violations));
    await anna.getByRole('button', { name: 'Säilytä tämän selaimen arviot' }).click();
    await anna.locator('#reviews-imported', { hasText: 'Arviot tuotu: 0 uutta, 0 päivitetty, 1 ennallaan' }).waitFor();
    assert.match(await ownScore(anna, 'complete.json').textContent(), /^26 \/ 39/);
    assert.equal(await anna.locator('#replaced').count(), 0);

    // Imported again and replaced: the newer review is hers now, and the one it replaced is kept.
    await importOwn(anna, annaFile);
    await anna.getByRole('button', { name: 'Korvaa tiedoston uudemmilla arvioilla' }).click();
    await anna.locator('#reviews-imported', { hasText: 'Arviot tuotu: 0 uutta, 1 päivitetty, 0 ennallaan' }).waitFor();
    assert.match(await ownScore(anna, 'complete.json').textContent(), /^13 \/ 39/);
    await anna.locator('#replaced').waitFor();
    // Still there after a reload: the undo works after the import, not only until the page goes.
    await anna.waitForTimeout(500);
    await anna.reload();
    await waitForApp(anna);
    await anna.locator('#replaced', { hasText: 'Tuonti korvasi omia arvioitasi (1 arvio)' }).waitFor();
    await rowOf(anna, 'complete.json').waitFor();
    assert.match(await ownScore(anna, 'complete.json').textContent(), /^13 \/ 39/);
    assert.match(await anna.locator('#replaced li').textContent(), /Sähköiset lomakkeet/);

    // Palauta: her own scores are back, saved, and stay so through a reload.
    await anna.getByRole('button', { name: 'Palauta korvatut arviot' }).click();
    await anna.locator('#replaced-restored', { hasText: 'Palautettu: 1 arvio.' }).waitFor();
    assert.match(await ownScore(anna, 'complete.json').textContent(), /^26 \/ 39/);
    assert.equal(await anna.locator('#replaced').count(), 0);
    await anna.waitForTimeout(500);
    await anna.reload();
    await waitForApp(anna);
    await rowOf(anna, 'complete.json').waitFor();
    await anna.waitForFunction(() => /^26 \/ 39/.test(document.querySelector('#applications tbody tr td:last-child a')?.textContent ?? ''));
    assert.equal(await anna.locator('#replaced').count(), 0);
    assert.match(await storedReviews(anna), /Perustelu 2\./);
    assert.deepEqual(await panelCells(), { totals: ['39 / 39'], mean: '32,50', spread: '13' });
    assert.deepEqual(errors, []);
  } finally {
    for (const c of contexts) await c.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an assessment opened by its address shows what is stored: reload, bookmark, link', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  // The stored reviews are read later than the opened applications (as on a slow disk): reads of
  // the reviews store answer 600 ms late. The page must wait for them, not show an empty form.
  await context.addInitScript(() => {
    const d = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess');
    Object.defineProperty(IDBRequest.prototype, 'onsuccess', {
      configurable: true,
      get: d.get,
      set(handler) {
        const slow = typeof handler === 'function' && this.source?.name === 'reviews' && this.transaction?.mode === 'readonly';
        d.set.call(this, slow ? (ev) => setTimeout(() => handler.call(this, ev), 600) : handler);
      },
    });
  });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await openReviewer(page, [COMPLETE]);
    await scoreAll(page, 'complete.json', 2);
    await ownScore(page, 'complete.json').click();
    await page.getByLabel('Kokonaisarvio').fill('Puollan.');
    await page.waitForTimeout(600);
    const address = page.url();
    assert.match(address, /\/reviewer\/[0-9a-f]{64}\/assessment$/);

    const expectStored = async (p, how) => {
      await p.locator('#assessment-total').waitFor();
      assert.equal(await p.locator('#assessment-total').textContent(), 'Pisteet yhteensä: 26 / 39 pistettä, 13 / 13 kriteeriä arvioitu', how);
      assert.equal(await p.locator('fieldset.scores input[value="2"]:checked').count(), 13, `${how}: every stored score checked`);
      assert.equal(await p.locator('fieldset.scores input[value="none"]:checked').count(), 0, `${how}: none shown as not scored`);
      const notes = await p.evaluate(() => [...document.querySelectorAll('textarea[id^="note-"]')].map((t) => t.value));
      assert.deepEqual(notes, Array(13).fill('Perustelu 2.'), how);
      assert.equal(await p.getByLabel('Kokonaisarvio').inputValue(), 'Puollan.', how);
    };
    // A reload.
    await page.reload();
    await waitForApp(page);
    await expectStored(page, 'reload');
    // A bookmark or a link: the address opened in a new tab.
    const other = await context.newPage();
    const otherErrors = collectConsoleErrors(other);
    await other.goto(address);
    await waitForApp(other);
    await expectStored(other, 'address');
    // The application's own page by its address: the application, not "not open here".
    await other.goto(address.replace(/\/assessment$/, ''));
    await waitForApp(other);
    await other.locator('#application-title', { hasText: 'Sähköiset lomakkeet' }).waitFor();
    // A score changed after the reload is kept with the others (the page did not start from empty).
    await other.goto(address);
    await waitForApp(other);
    await other.locator('#assessment-total').waitFor();
    await other.locator('fieldset.scores input[value="3"]').first().check();
    await other.locator('#assessment-total', { hasText: '27 / 39 pistettä, 13 / 13' }).waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(otherErrors, []);
  } finally {
    await context.close();
  }
});
