'use strict';
// Reviewer view: many exported applications at once, totals exact to the cent, a broken file listed
// with its reason while the others load, sorting, filtering, the CSV for Finnish Excel, and WCAG.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT, accessibleNames, collectConsoleErrors, formatViolations, runAxe, storedDrafts, storedReviews, waitForApp, withBrowser } =
  require('./support.js');

const env = withBrowser();

/** Writes `n` variants of the complete application exported by `cargo test --test exchange`. */
function applications(dir, n) {
  const base = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json'), 'utf8'));
  const files = [];
  let requested = 0n;
  let eligible = 0n;
  for (let i = 0; i < n; i++) {
    const v = structuredClone(base);
    const cents = 100_000n + BigInt(i) * 1_237n + 1n; // amounts with odd cents
    const grant = (cents * 85n) / 100n;
    v.application.project.name_fi = `Hanke ${String(i).padStart(3, '0')}`;
    v.application.budget.lines[0].amount = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
    v.application.budget.requested_grant = `${grant / 100n}.${String(grant % 100n).padStart(2, '0')}`;
    if (i % 2 === 1) v.application.targets = ['knowledge-management'];
    requested += grant;
    eligible += cents;
    const file = path.join(dir, `hakemus-${i}.json`);
    fs.writeFileSync(file, JSON.stringify(v, null, 2));
    files.push(file);
  }
  return { files, requested, eligible };
}

/** Waits until `check()` resolves true (a storage write in flight or taken up at the next load). */
async function until(check, what, timeout = 5_000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`not within ${timeout} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const euros = (cents) => `${(cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${String(cents % 100n).padStart(2, '0')}\u00a0€`;

test('many applications: exact totals, a broken file listed, sort, filter, CSV, WCAG', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-reviewer-'));
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const { files, requested, eligible } = applications(dir, 51);
    const broken = path.join(dir, 'rikki.json');
    fs.writeFileSync(broken, '{"format": "hakemus-application", "schema_version": 1, ');
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(new URL('reviewer', env.server.url).href);
    await waitForApp(page);
    // A copy of the first file under another name, in the same selection: opened once, the copy listed.
    const copy = path.join(dir, 'kopio.json');
    fs.copyFileSync(files[0], copy);
    await page.getByLabel('Valitse tiedostot').setInputFiles([...files, broken, copy]);
    const table = page.locator('#applications');
    await table.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('#applications tbody tr').length === 51);
    assert.equal(await page.locator('#total-requested').textContent(), euros(requested));
    assert.equal(await page.locator('#total-eligible').textContent(), euros(eligible));
    assert.match(await page.locator('#files-not-read').textContent(), /rikki\.json: Tiedosto ei ole kelvollista JSONia/);
    assert.match(await page.locator('#files-not-read').textContent(), /kopio\.json: sama hakemus on jo avattu tiedostosta hakemus-0\.json/);

    // Sort by requested grant, descending: the last file (largest amounts) first.
    await table.getByRole('button', { name: 'Haettu avustus' }).click();
    await table.getByRole('button', { name: 'Haettu avustus' }).click();
    assert.equal(await table.locator('th[aria-sort="descending"]').count(), 1);
    assert.equal(await table.locator('tbody tr').first().locator('th a').textContent(), 'Hanke 050');

    // Filter by target: the odd-numbered ones pursue knowledge management.
    await page.getByLabel('Näytä kohde').selectOption('knowledge-management');
    assert.equal(await table.locator('tbody tr').count(), 25);
    assert.match(await page.locator('tfoot').textContent(), /Yhteensä \(25\)/);
    let violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa taulukko (CSV)' }).click()]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\ufeff'), 'UTF-8 with a byte-order mark');
    const lines = csv.slice(1).split('\r\n');
    // The panel's columns as the table has them: no other reviewers here, the mean, the spread, the own.
    assert.equal(lines[0], 'Tiedosto;Hankehallinnoija;Osatoteuttajat;Hanke;Haettu avustus;Hyväksyttävät kustannukset;Avustusosuus;Virheet;Huomiot;Keskiarvo;Hajonta (suurin − pienin);Arvio');
    assert.equal(lines.length, 1 + 25 + 1 + 1, 'heading, 25 rows, total, final line end');
    assert.match(lines[1], /^hakemus-49\.json;Kiuruvesi;Iisalmi, Vieremä;Hanke 049;\d+,\d\d;\d+,\d\d;\d+,\d\d;0;0;;;ei arvioitu$/);
    assert.match(lines[26], /^Yhteensä \(25\);;;;\d+,\d\d;\d+,\d\d;;;;;;$/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('one application read only, scored, the review exported and imported into a fresh browser', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-assess-'));
  const first = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const second = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const { files } = applications(dir, 4);
    const page = await first.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(new URL('reviewer', env.server.url).href);
    await waitForApp(page);
    await page.getByLabel('Valitse tiedostot').setInputFiles(files.slice(0, 3));
    await page.waitForFunction(() => document.querySelectorAll('#applications tbody tr').length === 3);

    // Paste the fourth; pasting it again is refused as already open, naming where it came from.
    const pasted = fs.readFileSync(files[3], 'utf8');
    await page.getByLabel('Tai liitä viety JSON tähän').fill(pasted);
    await page.getByRole('button', { name: 'Avaa liitetty hakemus' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#applications tbody tr').length === 4);
    await page.getByLabel('Tai liitä viety JSON tähän').fill(pasted);
    await page.getByRole('button', { name: 'Avaa liitetty hakemus' }).click();
    await page.locator('#files-not-read').waitFor();
    assert.match(await page.locator('#files-not-read').textContent(), /liitetty teksti: sama hakemus on jo avattu tiedostosta liitetty teksti/);

    // Read only: not one form control or editable element in the content, and no way to edit.
    await page.getByRole('link', { name: 'Hanke 000', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Hanke 000' }).waitFor();
    assert.match(page.url(), /\/reviewer\/[0-9a-f]{64}$/);
    const editable = await page.evaluate(() => ({
      controls: document.querySelectorAll('main input, main textarea, main select, main [contenteditable]').length,
      contentEditable: document.querySelectorAll('[contenteditable]').length,
      formLinks: [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href')).filter((h) => !h.startsWith('/reviewer')),
    }));
    assert.deepEqual(editable, { controls: 0, contentEditable: 0, formLinks: [] });
    const main = await page.locator('main').textContent();
    assert.match(main, /Viety\d{1,2}\.\d{1,2}\.\d{4}/, 'the export time as Finns write it');
    for (const part of ['Haku ja hanke', 'Hakijat', 'Talousarvio', 'Kustannusrivit', 'Riskit']) assert.ok(main.includes(part), part);
    let violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));

    // Printed: no header, footer or buttons; the budget from a new page; its total row kept whole.
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.site-header')).display,
      buttons: [...document.querySelectorAll('main button')].map((b) => getComputedStyle(b).display),
      budget: getComputedStyle(document.querySelector('section[aria-labelledby="review-budget"]')).breakBefore,
      totals: getComputedStyle(document.querySelector('.review-budget tfoot')).breakInside,
    }));
    assert.deepEqual(print, { header: 'none', buttons: ['none'], budget: 'page', totals: 'avoid' });
    await page.emulateMedia({ media: 'screen' });

    // Assess: two criteria scored, one with a note; the total follows.
    await page.getByRole('link', { name: 'Arvioi hakemus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arviointi: Hanke 000' }).waitFor();
    const impact = page.getByRole('group', { name: 'Pisteet 3. Yhteiskunnallinen ja taloudellinen vaikuttavuus' });
    await impact.getByLabel('3 – täyttyy erinomaisesti').check();
    await page.getByRole('textbox', { name: 'Perustelut 3. Yhteiskunnallinen ja taloudellinen vaikuttavuus' }).fill('Vaikutukset kuvattu; "mitattavat" tavoitteet.');
    await page.getByRole('group', { name: 'Pisteet 11. Toteutuskelpoisuus ja vaikuttavuus suhteessa laajuuteen ja kustannusarvioon' })
      .getByLabel('2 – täyttyy hyvin').check();
    // Typing a note does not touch the status region (a screen reader would announce every key).
    await page.evaluate(() => {
      window.__totalChanges = 0;
      new MutationObserver((m) => { window.__totalChanges += m.length; })
        .observe(document.querySelector('#assessment-total'), { subtree: true, childList: true, characterData: true });
    });
    // ... and reviews are written once typing pauses, not at every key (a save re-reads, merges and
    // writes the whole record).
    await page.waitForTimeout(500); // the scores' save
    await page.evaluate(() => {
      window.__reviewWrites = 0;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (this.name === 'reviews') window.__reviewWrites += 1;
        return put.apply(this, args);
      };
    });
    await page.getByLabel('Kokonaisarvio').pressSequentially('Puollan.');
    await page.waitForFunction(() => window.__reviewWrites > 0);
    await page.waitForTimeout(500);
    assert.ok(await page.evaluate(() => window.__reviewWrites) <= 2, 'one write after the pause, not one per key (8 keys)');
    assert.match(await storedReviews(page), /Puollan\./);
    assert.equal(await page.evaluate(() => window.__totalChanges), 0);
    assert.equal(await page.locator('#assessment-total').textContent(), 'Pisteet yhteensä: 5 / 39 pistettä, 2 / 13 kriteeriä arvioitu');
    violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));

    // The list shows the score; the review is kept across a reload (the applications are not).
    await page.getByRole('link', { name: 'Takaisin hakemusluetteloon' }).first().click();
    const row = page.locator('#applications tbody tr', { hasText: 'hakemus-0.json' });
    assert.match(await row.locator('td').last().textContent(), /^5 \/ 39/);
    // The score link names its project, in Chromium's own name, without a stray space.
    assert.ok((await accessibleNames(page, 'link')).includes('5 / 39: Hanke 000'));
    await page.reload();
    await waitForApp(page);
    await page.locator('#reviews-stored', { hasText: '1 arvio tallennettu tähän selaimeen.' }).waitFor();

    // The score without a reason (feasibility) is flagged first, with a link to it; the reviewer confirms.
    await page.getByRole('button', { name: 'Lataa arviot tiedostona (JSON)' }).click();
    await page.locator('#unreasoned').waitFor();
    assert.equal(await page.locator('#unreasoned li a').count(), 1);
    assert.match(await page.locator('#unreasoned li a').getAttribute('href'), /\/assessment#note-feasibility$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa arviot silti' }).click()]);
    assert.match(download.suggestedFilename(), /^arviot-\d{4}-\d\d-\d\d\.json$/);
    const reviewFile = await download.path();
    const exported = JSON.parse(fs.readFileSync(reviewFile, 'utf8'));
    assert.equal(exported.format, 'hakemus-review');
    assert.equal(exported.reviews.length, 1);
    const review = exported.reviews[0];
    assert.equal(review.application.source, 'hakemus-0.json');
    assert.equal(review.application.project, 'Hanke 000');
    assert.deepEqual(review.marks['social-economic-impact'], { score: 3, note: 'Vaikutukset kuvattu; "mitattavat" tavoitteet.' });
    assert.deepEqual(review.marks.feasibility, { score: 2 });
    assert.equal(review.summary, 'Puollan.');
    // The application file itself is untouched.
    assert.equal(fs.readFileSync(files[0], 'utf8'), JSON.stringify(JSON.parse(fs.readFileSync(files[0], 'utf8')), null, 2));

    // A fresh browser: open the application, import the review, and find it scored as it was.
    const other = await second.newPage();
    const otherErrors = collectConsoleErrors(other);
    await other.goto(new URL('reviewer', env.server.url).href);
    await waitForApp(other);
    await other.getByLabel('Valitse tiedostot').setInputFiles([files[0]]);
    await other.locator('#applications').waitFor();
    await other.getByLabel('Tuo omat arviosi tiedostosta').setInputFiles([reviewFile]);
    await other.locator('#reviews-imported').waitFor();
    assert.match(await other.locator('#reviews-imported').textContent(), /Arviot tuotu: 1 uutta, 0 päivitetty, 0 ennallaan/);
    const otherRow = other.locator('#applications tbody tr', { hasText: 'hakemus-0.json' });
    assert.match(await otherRow.locator('td').last().textContent(), /^5 \/ 39/);
    await otherRow.locator('td').last().getByRole('link').click();
    await other.getByRole('heading', { level: 1, name: 'Arviointi: Hanke 000' }).waitFor();
    assert.equal(await other.getByRole('group', { name: 'Pisteet 3. Yhteiskunnallinen ja taloudellinen vaikuttavuus' }).getByLabel('3 – täyttyy erinomaisesti').isChecked(), true);
    assert.equal(await other.getByRole('textbox', { name: 'Perustelut 3. Yhteiskunnallinen ja taloudellinen vaikuttavuus' }).inputValue(), 'Vaikutukset kuvattu; "mitattavat" tavoitteet.');
    assert.equal(await other.getByLabel('Kokonaisarvio').inputValue(), 'Puollan.');
    // A note typed just before a reload is kept: the save waiting for a pause runs when the page goes.
    await other.getByLabel('Kokonaisarvio').pressSequentially(' Kiire.');
    await other.reload();
    await waitForApp(other);
    await until(async () => /"Puollan\. Kiire\."/.test(await storedReviews(other)), 'the note is stored');

    // An application file offered as reviews is refused with the reason; nothing changes.
    await other.getByRole('link', { name: 'Takaisin hakemusluetteloon' }).first().click();
    await other.getByLabel('Tuo omat arviosi tiedostosta').setInputFiles([files[1]]);
    await other.waitForFunction(() => document.querySelector('#reviews-imported')?.textContent.includes('Arvioita ei tuotu'));
    assert.equal(await other.locator('#reviews-stored').textContent(), '1 arvio tallennettu tähän selaimeen.');
    assert.deepEqual(errors, []);
    assert.deepEqual(otherErrors, []);
  } finally {
    await first.close();
    await second.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('reviews in IndexedDB: kept through a reload right after they are stored; an earlier version\'s record moved over', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-reviews-'));
  const first = await env.browser.newContext({ locale: 'fi-FI' });
  const second = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const { files } = applications(dir, 1);
    const page = await first.newPage();
    const errors = collectConsoleErrors(page);
    const openAssessment = async () => {
      await page.getByLabel('Valitse tiedostot').setInputFiles(files);
      await page.getByRole('link', { name: 'Hanke 000', exact: true }).click();
      await page.getByRole('link', { name: 'Arvioi hakemus' }).click();
      await page.getByRole('heading', { level: 1, name: 'Arviointi: Hanke 000' }).waitFor();
    };
    await page.goto(new URL('reviewer', env.server.url).href);
    await waitForApp(page);
    await openAssessment();
    // Reloaded the moment the write has committed (its transaction's complete event): it is there.
    await page.evaluate(() => {
      window.__reviewsCommitted = false;
      const transaction = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
        const tx = transaction.call(this, stores, mode, ...rest);
        if (mode === 'readwrite' && [].concat(stores).includes('reviews')) {
          tx.addEventListener('complete', () => (window.__reviewsCommitted = true));
        }
        return tx;
      };
    });
    await page.getByRole('group', { name: 'Pisteet 11. Toteutuskelpoisuus ja vaikuttavuus suhteessa laajuuteen ja kustannusarvioon' })
      .getByLabel('2 – täyttyy hyvin').check();
    await page.waitForFunction(() => window.__reviewsCommitted);
    await page.reload();
    await waitForApp(page);
    assert.deepEqual(JSON.parse(await storedReviews(page)).reviews[0].marks.feasibility, { score: 2 });
    // Changed and reloaded at once (the write waits for a pause): the reviews are kept on the way
    // out (a recovery copy if the write does not finish), and stored again at the next load.
    await page.goto(new URL('reviewer', env.server.url).href);
    await waitForApp(page);
    await page.locator('#reviews-stored', { hasText: '1 arvio tallennettu tähän selaimeen.' }).waitFor();
    await openAssessment();
    await page.getByLabel('Kokonaisarvio').fill('Heti talteen.');
    await page.reload();
    await waitForApp(page);
    await until(async () => /"Heti talteen\."/.test(await storedReviews(page)), 'the summary is stored');
    await until(
      async () => (await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hakemus.reviews')))).length === 0,
      'no recovery copy left once stored',
    );
    // A save that fails (storage full): said at once; leaving keeps the reviews in localStorage,
    // and the next load stores them.
    await page.goto(new URL('reviewer', env.server.url).href);
    await waitForApp(page);
    await openAssessment();
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (this.name === 'reviews') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await page.getByLabel('Kokonaisarvio').fill('Levy täynnä.');
    await page.locator('#reviews-save-problem').waitFor();
    await page.goto(new URL('nothing-here.txt', env.server.url).href); // the origin, without the app
    assert.match(await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('hakemus.reviews.recovery/'))?.[1]), /"Levy täynnä\."/);
    await page.goto(new URL('reviewer', env.server.url).href);
    await waitForApp(page);
    await until(async () => /"Levy täynnä\."/.test(await storedReviews(page)), 'the recovery copy is stored');
    await until(
      async () => (await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hakemus.reviews')))).length === 0,
      'and then removed',
    );
    const reviewFile = await storedReviews(page);

    // A browser of an earlier version: drafts in a version-1 database, reviews in localStorage.
    const old = await second.newPage();
    const oldErrors = collectConsoleErrors(old);
    await old.goto(new URL('nothing-here.txt', env.server.url).href); // the origin, without the app
    await old.evaluate((reviews) => new Promise((resolve, reject) => {
      localStorage.setItem('hakemus.reviews.v1', reviews);
      const open = indexedDB.open('hakemus', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('drafts');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('drafts', 'readwrite');
        tx.objectStore('drafts').put(JSON.stringify({ revision: 1, saved_at: 0, title: '', draft: { project: { name_fi: 'Vanha luonnos' } } }), 1);
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    }), reviewFile);
    await old.goto(new URL('reviewer', env.server.url).href);
    await waitForApp(old);
    await old.locator('#reviews-stored', { hasText: '1 arvio tallennettu tähän selaimeen.' }).waitFor();
    assert.deepEqual(JSON.parse(await storedReviews(old)).reviews, JSON.parse(reviewFile).reviews, 'moved into IndexedDB as it was');
    assert.equal(await old.evaluate(() => localStorage.getItem('hakemus.reviews.v1')), null, 'moved, not copied');
    const drafts = await storedDrafts(old);
    assert.equal(drafts.length, 1, 'the upgrade kept the drafts');
    assert.match(drafts[0][1], /Vanha luonnos/);
    assert.deepEqual(errors.filter((e) => !/404|Not Found/i.test(e)), [], 'no errors but the page without the app');
    assert.deepEqual(oldErrors.filter((e) => !/404|Not Found/i.test(e)), []);
  } finally {
    await first.close();
    await second.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an opened file that cannot be kept in the browser is said on the page, not kept silently', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-not-kept-'));
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const { files } = applications(dir, 2);
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(new URL('reviewer', env.server.url).href);
    await waitForApp(page);
    // Storage full for the opened files, where the browser raises it.
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (this.name === 'opened') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await page.locator('#reviewer-files').setInputFiles(files);
    await page.waitForFunction(() => document.querySelectorAll('#applications tbody tr').length === 2);
    const notKept = page.locator('#files-not-kept');
    await notKept.waitFor();
    assert.equal(await notKept.getAttribute('role'), 'alert');
    assert.match(await notKept.locator('h2').textContent(), /^Tiedostoja ei voitu säilyttää tässä selaimessa$/);
    const items = await notKept.locator('li').allTextContents();
    assert.deepEqual(items.map((t) => t.split(':')[0]).sort(), ['hakemus-0.json', 'hakemus-1.json']);
    assert.match(items[0], /Selaimen tallennustila on täynnä\. Tiedosto on auki vain tässä välilehdessä/);
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));
    // A file closed is no longer listed; the last one closed, nothing is said.
    await page.getByRole('button', { name: 'Sulje hakemus-0.json' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#files-not-kept li').length === 1);
    assert.match(await notKept.locator('h2').textContent(), /^Tiedostoa ei voitu säilyttää/);
    await page.getByRole('button', { name: 'Sulje hakemus-1.json' }).click();
    await notKept.waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
