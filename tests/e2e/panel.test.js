'use strict';
// The reviewers' panel (issue 17): three reviewers in three browsers each say who they are, score
// the sample applications (one stands aside from the application its own municipality applies in)
// and export their files; a fourth loads the applications and the three files: each reviewer's
// total, the mean and the spread in the table; per criterion every score and reasons, a
// disagreement of two points said in words, who stood aside; everything still there after a reload;
// blind mode; the funding proposal made from the panel's means, exported, opened in a fresh browser
// and equal, and its printed decision; and axe on the new views in Finnish, Swedish and English.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, formatViolations, runAxe, storedReviews, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const COMPLETE = path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json');
const SAMPLE = path.join(REPO_ROOT, 'tests/fixtures/exchange/sample.json');

async function expectAccessible(page, where) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `${where}:\n${formatViolations(violations)}`);
}

const rows = (page, n) => page.waitForFunction((n) => document.querySelectorAll('#applications tbody tr').length === n, n);

/** Opens /reviewer with the two sample applications. */
async function openApplications(page) {
  await page.goto(new URL('reviewer', env.server.url).href);
  await waitForApp(page);
  await page.locator('#reviewer-files').setInputFiles([COMPLETE, SAMPLE]);
  await rows(page, 2);
}

/** From the list, the assessment page of the application from `file`. */
async function assess(page, file) {
  const row = page.locator('#applications tbody tr', { hasText: file });
  await row.locator('td').last().getByRole('link').click();
  await page.locator('#assessment-total').waitFor();
}

/** Scores every criterion: `score(i)`, with the note `note(i)` (none when empty). */
async function scoreAll(page, score, note = (i) => `Perustelu ${i + 1}.`) {
  const names = await page.evaluate(() => [...document.querySelectorAll('fieldset.scores input[value="0"]')].map((r) => r.name));
  assert.equal(names.length, 13, 'the joint call has 13 criteria');
  for (const [i, name] of names.entries()) {
    await page.locator(`input[name="${name}"][value="${score(i)}"]`).check();
    if (note(i)) await page.locator(`#note-${name.slice('score-'.length)}`).fill(note(i));
  }
  return names.map((n) => n.slice('score-'.length));
}

async function back(page) {
  await page.getByRole('link', { name: 'Takaisin hakemusluetteloon' }).first().click();
  await page.locator('#applications').waitFor();
}

async function identify(page, name, organisation) {
  await page.locator('#reviewer-name').fill(name);
  await page.locator('#reviewer-name').press('Tab');
  await page.locator('#reviewer-organisation').fill(organisation);
  await page.locator('#reviewer-organisation').press('Tab');
}

/** Downloads the reviews into `file` (confirming when scores lack reasons); the browser's file name
 * matches `named` if given. */
async function exportReviews(page, file, { confirm = false, named } = {}) {
  let download;
  if (confirm) {
    await page.getByRole('button', { name: 'Lataa arviot tiedostona (JSON)' }).click();
    await page.locator('#unreasoned').waitFor();
    [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa arviot silti' }).click()]);
  } else {
    [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa arviot tiedostona (JSON)' }).click()]);
  }
  if (named) assert.match(download.suggestedFilename(), named);
  await download.saveAs(file);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The panel's cells of the row of `file`: the other reviewers' totals, the mean, the spread. */
async function panelRow(page, file) {
  const row = page.locator('#applications tbody tr', { hasText: file });
  return {
    totals: await row.locator('td.panel-total').allTextContents(),
    mean: await row.locator('td.panel-mean').textContent(),
    spread: await row.locator('td.panel-spread').textContent(),
  };
}

test('three reviewers score, one stands aside, a fourth sees the panel; kept through a reload; blind mode; WCAG', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-panel-'));
  const contexts = [];
  const context = async (locale = 'fi-FI') => {
    const c = await env.browser.newContext({ locale, acceptDownloads: true });
    contexts.push(c);
    return c.newPage();
  };
  try {
    const errors = [];
    // Anna: 2 everywhere on complete.json, 3 on sample.json, one reason left out there.
    const anna = await context();
    errors.push(collectConsoleErrors(anna));
    await openApplications(anna);
    await identify(anna, 'Anna Arvioija', 'Valtiovarainministeriö');
    await assess(anna, 'complete.json');
    const ids = await scoreAll(anna, () => 2);
    await back(anna);
    await assess(anna, 'sample.json');
    await scoreAll(anna, () => 3, (i) => (i === 12 ? '' : `Hyvä ${i}.`));
    await back(anna);
    // The score without a reason is listed with a link to its criterion before the export.
    await anna.getByRole('button', { name: 'Lataa arviot tiedostona (JSON)' }).click();
    await anna.locator('#unreasoned').waitFor();
    assert.equal(await anna.locator('#unreasoned li a').count(), 1);
    assert.match(await anna.locator('#unreasoned li a').getAttribute('href'), new RegExp(`/assessment#note-${ids[12]}$`));
    const annaFile = path.join(dir, 'arviot-anna.json');
    // The file carries her name, in ASCII.
    const annaExport = await exportReviews(anna, annaFile, { confirm: true, named: /^arviot-anna-arvioija-\d{4}-\d\d-\d\d\.json$/ });
    assert.equal(annaExport.schema_version, 2);
    assert.deepEqual(annaExport.reviewer, { name: 'Anna Arvioija', organisation: 'Valtiovarainministeriö' });

    // Her own file is not another member of her panel: refused, said why, nothing counted twice.
    await anna.locator('#panel-files').setInputFiles([annaFile]);
    await anna.locator('#panel-not-read', { hasText: 'oma arviotiedostosi (Anna Arvioija)' }).waitFor();
    assert.equal(await anna.locator('#panel-members li').count(), 0);
    assert.deepEqual(await anna.locator('#applications thead th').allTextContents().then((h) => h.filter((x) => x === 'Anna Arvioija')), []);

    // Bertil: 0 on the first criterion of complete.json (two below Anna), 1 everywhere on sample.json.
    const bertil = await context();
    errors.push(collectConsoleErrors(bertil));
    await openApplications(bertil);
    await identify(bertil, 'Bertil Bedömare', 'Kuntaliitto');
    await assess(bertil, 'complete.json');
    await scoreAll(bertil, (i) => (i === 0 ? 0 : 2));
    await back(bertil);
    await assess(bertil, 'sample.json');
    await scoreAll(bertil, () => 1);
    await back(bertil);
    const bertilFile = path.join(dir, 'arviot-bertil.json');
    await exportReviews(bertil, bertilFile, { named: /^arviot-bertil-bedomare-\d{4}-\d\d-\d\d\.json$/ });

    // Cecilia works for Kaarina, an applicant of sample.json: the app points it out; she stands aside.
    const cecilia = await context();
    errors.push(collectConsoleErrors(cecilia));
    await openApplications(cecilia);
    await identify(cecilia, 'Cecilia', 'Kaarina');
    await cecilia.locator('#reviewer-municipality', { hasText: 'Tunnistettu kunta: Kaarina.' }).waitFor();
    const sampleRow = cecilia.locator('#applications tbody tr', { hasText: 'sample.json' });
    await sampleRow.locator('.own-municipality').waitFor();
    assert.equal(await cecilia.locator('#applications tbody tr', { hasText: 'complete.json' }).locator('.own-municipality').count(), 0);
    await assess(cecilia, 'complete.json');
    await scoreAll(cecilia, (i) => (i === 0 ? 1 : 2));
    await back(cecilia);
    await assess(cecilia, 'sample.json');
    await cecilia.locator('#own-municipality').waitFor();
    assert.match(await cecilia.locator('#own-municipality').textContent(), /Kaarina/);
    await cecilia.locator(`input[name="score-${ids[0]}"][value="3"]`).check();
    await cecilia.getByLabel('Olen esteellinen arvioimaan tätä hakemusta').check();
    await cecilia.getByLabel('Esteellisyyden syy').fill('Kaarina on hakijana.');
    // No score can be given: the inputs are gone, the reason is said at each criterion.
    assert.equal(await cecilia.locator('fieldset.scores').count(), 0);
    assert.equal(await cecilia.locator('.conflict-declared').count(), 13);
    assert.match(await cecilia.locator('#assessment-total').textContent(), /0 \/ 39/);
    await expectAccessible(cecilia, 'fi: assessment with a conflict declared');
    await back(cecilia);
    const ceciliaFile = path.join(dir, 'arviot-cecilia.json');
    const ceciliaExport = await exportReviews(cecilia, ceciliaFile);
    assert.equal(ceciliaExport.reviewer.municipality, '202');
    const aside = ceciliaExport.reviews.find((r) => r.conflict);
    assert.equal(aside.conflict.reason, 'Kaarina on hakijana.');
    assert.ok(Object.values(aside.marks).every((m) => m.score === undefined), 'no scores with a conflict');

    // The fourth: the applications and the three files.
    const chair = await context();
    errors.push(collectConsoleErrors(chair));
    await openApplications(chair);
    await chair.locator('#panel-files').setInputFiles([annaFile, bertilFile, ceciliaFile]);
    await chair.waitForFunction(() => document.querySelectorAll('#panel-members li').length === 3);
    const headers = await chair.locator('#applications thead th').allTextContents();
    for (const name of ['Anna Arvioija', 'Bertil Bedömare', 'Cecilia', 'Keskiarvo', 'Hajonta']) assert.ok(headers.includes(name), `${name} in ${headers}`);
    const checkTable = async () => {
      assert.deepEqual(await panelRow(chair, 'complete.json'), { totals: ['26 / 39', '24 / 39', '25 / 39'], mean: '25,00', spread: '2' });
      assert.deepEqual(await panelRow(chair, 'sample.json'), { totals: ['39 / 39', '13 / 39', 'esteellinen'], mean: '26,00', spread: '26' });
    };
    await checkTable();
    // Rows are named by their projects, the file beneath; the mean and the spread sort; the
    // spread says what it is, visibly.
    const table = chair.locator('#applications');
    const firstRow = () => table.locator('tbody tr').first().locator('th a').textContent();
    const [completeName, sampleName] = ['Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun', 'Yhteinen asiointialusta'];
    assert.equal(await firstRow(), completeName);
    assert.equal(await table.locator('tbody tr').first().locator('th .file-name').textContent(), 'complete.json');
    assert.ok(await chair.locator('#spread-hint').isVisible());
    assert.equal(await chair.locator('#spread-hint').textContent(), 'Hajonta = suurin − pienin valmis kokonaispistemäärä.');
    const sortBy = (name) => table.getByRole('button', { name, exact: true }).click();
    await sortBy('Keskiarvo'); // 25,00 before 26,00
    assert.equal(await firstRow(), completeName);
    await sortBy('Keskiarvo');
    assert.equal(await firstRow(), sampleName);
    assert.equal(await table.locator('th[aria-sort="descending"]').textContent(), 'Keskiarvo');
    await sortBy('Hajonta'); // 2 before 26
    assert.equal(await firstRow(), completeName);
    await sortBy('Hajonta');
    assert.equal(await firstRow(), sampleName);
    await sortBy('Hanke');
    assert.equal(await firstRow(), completeName);
    await expectAccessible(chair, 'fi /reviewer with the panel');
    // The CSV carries the panel's columns as the table has them.
    const [csvDownload] = await Promise.all([chair.waitForEvent('download'), chair.getByRole('button', { name: 'Lataa taulukko (CSV)' }).click()]);
    const csvLines = fs.readFileSync(await csvDownload.path(), 'utf8').slice(1).split('\r\n');
    assert.ok(csvLines[0].endsWith(';Virheet;Huomiot;Anna Arvioija;Bertil Bedömare;Cecilia;Keskiarvo;Hajonta (suurin − pienin);Arvio'), csvLines[0]);
    assert.ok(csvLines[1].startsWith('complete.json;') && csvLines[1].endsWith(';26;24;25;25,00;2;ei arvioitu'), csvLines[1]);
    assert.ok(csvLines[2].startsWith('sample.json;') && csvLines[2].endsWith(';39;13;esteellinen;26,00;26;ei arvioitu'), csvLines[2]);

    // The assessment page: every reviewer's score and reasons; the first criterion flagged in words.
    await assess(chair, 'complete.json');
    assert.equal(await chair.locator('#panel-mean').textContent(), '25,00');
    assert.equal(await chair.locator('#panel-spread').textContent(), '2');
    assert.equal(await chair.locator('.disagreement').count(), 1);
    assert.match(await chair.locator(`#disagreement-${ids[0]}`).textContent(), /eri mieltä/);
    const first = await chair.evaluate((id) =>
      [...document.querySelectorAll(`section[aria-labelledby="criterion-${id}"] table.panel-scores tbody tr`)].map((tr) =>
        [...tr.children].map((c) => c.textContent)), ids[0]);
    assert.deepEqual(first, [
      ['Arvioija 1 (sinä)', '–', ''],
      ['Anna Arvioija', '2', 'Perustelu 1.'],
      ['Bertil Bedömare', '0', 'Perustelu 1.'],
      ['Cecilia', '1', 'Perustelu 1.'],
    ]);
    await expectAccessible(chair, 'fi /reviewer/:fp/assessment with the panel');
    await back(chair);
    await assess(chair, 'sample.json');
    assert.match(await chair.locator('#stood-aside').textContent(), /Cecilia: Kaarina on hakijana\./);
    assert.equal(await chair.locator('#panel-mean').textContent(), '26,00');
    await back(chair);

    // The funding proposal: ranked by the panel's mean; a departure from the ranking needs a
    // reason; the amount at most the request, rounded down; the appropriation; exported, opened in
    // a fresh browser and equal; the printed decision.
    await chair.locator('#to-proposal').click();
    await chair.locator('#proposal tbody tr').nth(1).waitFor();
    const proposalRows = async () => chair.evaluate(() => [...document.querySelectorAll('#proposal tbody tr')].map((tr) =>
      [tr.children[0].textContent, tr.children[1].textContent, tr.querySelector('th').textContent]));
    const ranked = await proposalRows();
    assert.deepEqual(ranked.map((r) => r.slice(0, 2)), [['1', '26,00'], ['2', '25,00']]);
    assert.match(ranked[0][2], /Parainen/);
    assert.match(ranked[1][2], /Kiuruvesi/);
    const proposalRow = (lead) => chair.locator('#proposal tbody tr').filter({ has: chair.locator('th', { hasText: lead }) });
    const kiuru = proposalRow('Kiuruvesi');
    const pargas = proposalRow('Parainen');
    await kiuru.getByLabel('Esitys').selectOption('grant');
    assert.equal(await kiuru.getByLabel('Enintään (€)').inputValue(), '181 500,00', 'requested 181 520,00 rounded down to hundreds');
    await pargas.getByLabel('Esitys').selectOption('refuse');
    assert.equal(await chair.locator('#total-granted').textContent(), '181\u00a0500,00\u00a0€');
    assert.equal(await chair.locator('#total-requested').textContent(), '1\u00a0181\u00a0520,00\u00a0€');
    await chair.getByRole('button', { name: 'Tarkista esitys' }).click();
    const summary = chair.locator('#proposal-summary');
    await summary.getByRole('link', { name: /poikkeaa pisteiden järjestyksestä/ }).waitFor();
    // Above the request: an error at the field once left; over the appropriation: an error and a negative balance.
    await kiuru.getByLabel('Enintään (€)').fill('190 000');
    await kiuru.getByLabel('Enintään (€)').press('Tab');
    await kiuru.locator('.field-error', { hasText: 'suurempi kuin haettu' }).waitFor();
    await chair.getByLabel('Käytettävissä oleva määräraha (€)').fill('100 000');
    await summary.getByRole('link', { name: /ylittävät määrärahan/ }).waitFor();
    assert.equal(await chair.locator('#total-left').textContent(), '\u221290\u00a0000,00\u00a0€');
    await expectAccessible(chair, 'fi /reviewer/decision with errors');
    await chair.getByLabel('Käytettävissä oleva määräraha (€)').fill('30 000 000');
    await kiuru.getByLabel('Enintään (€)').fill('181 500');
    await pargas.getByLabel('Perustelu').fill('Kustannusarvio ei ole uskottava.');
    await summary.locator('.ok').waitFor();
    const proposalFile = path.join(dir, 'rahoitusesitys.json');
    const [proposalDownload] = await Promise.all([chair.waitForEvent('download'), chair.getByRole('button', { name: 'Tallenna rahoitusesitys tiedostoksi' }).click()]);
    await proposalDownload.saveAs(proposalFile);
    const exported = JSON.parse(fs.readFileSync(proposalFile, 'utf8'));
    assert.equal(exported.format, 'hakemus-decision');
    assert.equal(exported.proposal.entries.length, 2);
    // The printed decision, in the 2019 form.
    await chair.getByRole('link', { name: 'Tulostettava päätös' }).click();
    await chair.locator('#decision-print').waitFor();
    const printedText = (await chair.locator('#decision-print').textContent()).replace(/\u00a0/g, ' ');
    assert.ok(printedText.includes('Kiuruveden kaupungille ja muille hakemuksessa mainituille kunnille enintään 181 500 euroa, Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun -hankkeeseen.'), printedText);
    assert.ok(printedText.includes('Myönnettävien avustusten kokonaismäärä on 181 500 euroa.'));
    assert.equal((await chair.locator('#appendix-total').textContent()).replace(/\u00a0/g, ' '), '1 181 520,00 €');
    await expectAccessible(chair, 'fi /reviewer/decision/print');
    // A fresh browser opens the file: the same proposal, exported again equal.
    const fresh = await context();
    errors.push(collectConsoleErrors(fresh));
    await fresh.goto(new URL('reviewer/decision', env.server.url).href);
    await waitForApp(fresh);
    await fresh.locator('#open-proposal').setInputFiles(proposalFile);
    await fresh.locator('#proposal-opened', { hasText: 'Rahoitusesitys avattu.' }).waitFor();
    // Its applications are not open in this browser: kept, listed apart, in no total (issue 28, item 3).
    await fresh.waitForFunction(() => document.querySelectorAll('#not-open li').length === 2);
    assert.equal(await fresh.locator('#proposal tbody tr').count(), 0);
    assert.equal(await fresh.locator('#count-arrived').textContent(), '0');
    const [again] = await Promise.all([fresh.waitForEvent('download'), fresh.getByRole('button', { name: 'Tallenna rahoitusesitys tiedostoksi' }).click()]);
    const againFile = path.join(dir, 'rahoitusesitys-2.json');
    await again.saveAs(againFile);
    const reexported = JSON.parse(fs.readFileSync(againFile, 'utf8'));
    delete exported.exported_at;
    delete reexported.exported_at;
    assert.deepEqual(reexported, exported, 'exported, imported into a fresh browser, equal');
    // Kept in the browser: once stored, a reload shows the same proposal.
    for (let i = 0; ; i++) {
      const stored = await storedReviews(fresh, 'proposal');
      if (stored && stored.includes('Kustannusarvio ei ole uskottava.')) break;
      assert.ok(i < 100, 'the proposal is stored within 10 s');
      await fresh.waitForTimeout(100);
    }
    // The applications opened here too: the proposal decides them.
    await fresh.goto(new URL('reviewer', env.server.url).href);
    await waitForApp(fresh);
    await fresh.locator('#reviewer-files').setInputFiles([COMPLETE, SAMPLE]);
    await rows(fresh, 2);
    await fresh.goto(new URL('reviewer/decision', env.server.url).href);
    await waitForApp(fresh);
    await fresh.locator('#proposal tbody tr').nth(1).waitFor();
    assert.equal(await fresh.locator('#not-open').count(), 0);
    const freshRow = (lead) => fresh.locator('#proposal tbody tr').filter({ has: fresh.locator('th', { hasText: lead }) });
    assert.equal(await freshRow('Kiuruvesi').getByLabel('Enintään (€)').inputValue(), '181 500,00');
    assert.equal(await freshRow('Parainen').getByLabel('Perustelu').inputValue(), 'Kustannusarvio ei ole uskottava.');
    // A save that fails (storage full): said at once; leaving keeps the proposal in localStorage,
    // and the next load stores it (as the reviews are kept, reviewer.test.js).
    await fresh.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (this.name === 'reviews') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await freshRow('Parainen').getByLabel('Perustelu').fill('Levy täynnä.');
    await fresh.getByRole('alert').filter({ hasText: 'Rahoitusesitystä ei voitu tallentaa' }).waitFor();
    await fresh.goto(new URL('nothing-here.txt', env.server.url).href); // the origin, without the app
    const kept = await fresh.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('hakemus.proposal.recovery/')).map(([, v]) => v));
    assert.equal(kept.length, 1);
    assert.match(kept[0], /"Levy täynnä\."/);
    await fresh.goto(new URL('reviewer/decision', env.server.url).href);
    await waitForApp(fresh);
    await fresh.locator('#proposal tbody tr').nth(1).waitFor();
    assert.equal(await freshRow('Parainen').getByLabel('Perustelu').inputValue(), 'Levy täynnä.');
    for (let i = 0; ; i++) {
      const stored = await storedReviews(fresh, 'proposal');
      const left = await fresh.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hakemus.proposal.recovery/')).length);
      if (stored && stored.includes('Levy täynnä.') && left === 0) break;
      assert.ok(i < 100, 'the recovery copy is stored, then removed, within 10 s');
      await fresh.waitForTimeout(100);
    }
    await chair.goto(new URL('reviewer', env.server.url).href);
    await waitForApp(chair);
    await rows(chair, 2);

    // A reload: the applications and the panel's files are still there; one application closed.
    await chair.reload();
    await waitForApp(chair);
    await rows(chair, 2);
    await chair.waitForFunction(() => document.querySelectorAll('#panel-members li').length === 3);
    await checkTable();
    await chair.getByRole('button', { name: 'Sulje sample.json' }).click();
    await rows(chair, 1);
    await chair.reload();
    await waitForApp(chair);
    await chair.locator('#applications').waitFor();
    await chair.waitForFunction(() => document.querySelectorAll('#panel-members li').length === 3);
    assert.equal(await chair.locator('#applications tbody tr').count(), 1);

    // Blind mode: the others' scores hidden until one's own scoring is done; kept through a reload.
    await chair.getByLabel(/^Sokkoarviointi/).check();
    assert.deepEqual((await panelRow(chair, 'complete.json')).totals, ['piilotettu', 'piilotettu', 'piilotettu']);
    await chair.reload();
    await waitForApp(chair);
    await rows(chair, 1);
    assert.equal(await chair.getByLabel(/^Sokkoarviointi/).isChecked(), true);
    await assess(chair, 'complete.json');
    await chair.locator('#panel-hidden').waitFor();
    assert.equal(await chair.locator('table.panel-scores').count(), 0);
    await scoreAll(chair, () => 3);
    await chair.locator('#panel-summary').waitFor();
    assert.equal(await chair.locator('table.panel-scores').count(), 13);
    await back(chair);
    // (39 + 26 + 24 + 25) / 4: the own review counts as one reviewer.
    assert.equal((await panelRow(chair, 'complete.json')).mean, '28,50');

    // Swedish and English: the new views meet WCAG too.
    for (const [locale, lang] of [['sv-SE', 'sv'], ['en-GB', 'en']]) {
      const page = await context(locale);
      errors.push(collectConsoleErrors(page));
      await page.goto(new URL('reviewer', env.server.url).href);
      await waitForApp(page);
      await page.locator('#reviewer-files').setInputFiles([COMPLETE, SAMPLE]);
      await rows(page, 2);
      await page.locator('#panel-files').setInputFiles([annaFile, bertilFile, ceciliaFile]);
      await page.waitForFunction(() => document.querySelectorAll('#panel-members li').length === 3);
      await expectAccessible(page, `${lang} /reviewer with the panel`);
      await page.locator('#applications tbody tr', { hasText: 'sample.json' }).locator('td').last().getByRole('link').click();
      await page.locator('#panel-summary').waitFor();
      await page.locator('#conflict-declared').check();
      await page.locator('#conflict-reason').waitFor();
      await expectAccessible(page, `${lang} /reviewer/:fp/assessment with the panel and a conflict`);
      await page.goto(new URL('reviewer/decision', env.server.url).href);
      await waitForApp(page);
      await page.locator('#open-proposal').setInputFiles(path.join(dir, 'rahoitusesitys.json'));
      await page.locator('#proposal tbody tr').nth(1).waitFor();
      await page.locator('#check-proposal').click();
      await expectAccessible(page, `${lang} /reviewer/decision`);
      await page.goto(new URL('reviewer/decision/print', env.server.url).href);
      await waitForApp(page);
      await page.locator('#decision-print .numbered').first().waitFor();
      await expectAccessible(page, `${lang} /reviewer/decision/print`);
    }
    assert.deepEqual(errors.flat(), []);
  } finally {
    for (const c of contexts) await c.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
