'use strict';
// What leaves the app is what the screen showed (issue 27): the municipality as typed and as the
// register names it, in the application file, the partner request and the reviewer's table; check
// your answers shows every exported field in Finnish formats with every error named and linked; and
// a partner finds the way in from the first page and is offered only what a partner sends back.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {
  REPO_ROOT,
  addApplicant,
  collectConsoleErrors,
  exportValidator,
  importAndOpen,
  savedWith,
  waitForApp,
  withBrowser,
} = require('./support.js');

const env = withBrowser();
const url = (p) => new URL(p, env.server.url).href;
const COMPLETE = path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json');
const REQUEST = path.join(REPO_ROOT, 'tests/fixtures/exchange/partner/request.json');

/** Clicks `button` and returns the downloaded file's path. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-answers-'));
  const to = path.join(dir, file.suggestedFilename());
  await file.saveAs(to);
  return to;
}

/** The names of the drafts listed on the drafts page. */
async function listedDrafts(page) {
  await page.goto(url('drafts'));
  await waitForApp(page);
  await page.locator('table.drafts tbody tr').first().waitFor();
  return page.locator('table.drafts tbody th[scope="row"]').allTextContents();
}

test('the municipality typed "pielavesi" and "925" leaves the app as typed and as the screen names it', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(url('applicants'));
    await waitForApp(page);
    await addApplicant(page, 'pielavesi', '0175542-1');
    await addApplicant(page, '925', '0201256-6', { role: 'Käyttöönotto', commitment: 'Työpanos' });
    await page.locator('main').getByText('Pielavesi').first().waitFor();
    await savedWith(page, '925');

    // The application file: the text as typed, and beside it the register's code and names.
    await page.goto(url('export'));
    const file = await download(page, page.getByRole('button', { name: 'Lataa tiedosto' }));
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(exported.schema_version, 5);
    const [lead, partner] = exported.application.applicants;
    assert.equal(lead.municipality, 'pielavesi');
    assert.deepEqual(lead.resolved_municipality, { code: '595', name_fi: 'Pielavesi', name_sv: 'Pielavesi' });
    assert.equal(partner.municipality, '925');
    assert.deepEqual(partner.resolved_municipality, { code: '925', name_fi: 'Vieremä', name_sv: 'Vieremä' });
    const validate = exportValidator();
    assert.ok(validate(exported), JSON.stringify(validate.errors));

    // The partner request carries the lead and the partner the same way.
    await page.goto(url('partners'));
    const request = await download(page, page.locator('table.partners tbody tr').first().getByRole('button', { name: 'Lataa pyyntö tiedostona' }));
    const req = JSON.parse(fs.readFileSync(request, 'utf8'));
    assert.equal(req.schema_version, 2);
    assert.equal(req.lead.municipality, 'pielavesi');
    assert.equal(req.lead.resolved_municipality.name_fi, 'Pielavesi');
    assert.equal(req.part.applicant.municipality, '925');
    assert.equal(req.part.applicant.resolved_municipality.code, '925');

    // The reviewer's table names each by the register, with its code.
    const reviewer = await context.newPage();
    await reviewer.goto(url('reviewer'));
    await waitForApp(reviewer);
    await reviewer.getByLabel('Valitse tiedostot').setInputFiles([file]);
    const row = reviewer.locator('#applications tbody tr').first();
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    assert.ok(cells.includes('Pielavesi (595)'), JSON.stringify(cells));
    assert.ok(cells.includes('Vieremä (925)'), JSON.stringify(cells));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('check your answers shows every exported field in Finnish formats, and lists each error named and linked', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await importAndOpen(page, env.server.url, COMPLETE);
    // The lead's signatory, own financing and council decision; a partner's e-mail that is wrong.
    await page.goto(url('applicants'));
    const lead = page.locator('section.applicant').first();
    await lead.getByRole('textbox', { name: 'Nimenkirjoitusoikeudellinen henkilö' }).fill('Kaija Kunnanjohtaja');
    await lead.getByRole('textbox', { name: 'Nimenkirjoittajan asema' }).fill('Kunnanjohtaja');
    await lead.getByRole('textbox', { name: /Omarahoitusosuus/ }).fill('4500');
    await lead.getByRole('textbox', { name: 'Päätöksen tehnyt toimielin' }).fill('Kunnanhallitus');
    await lead.getByRole('textbox', { name: /Päätöksen päivämäärä/ }).fill('2019-12-16');
    const iisalmi = page.locator('section.applicant').nth(1);
    await iisalmi.getByRole('textbox', { name: 'Yhteyshenkilön sähköposti' }).fill('ei-osoite');
    await savedWith(page, 'ei-osoite');

    await page.goto(url('review'));
    const main = page.locator('main');
    await page.locator('#review-applicants').waitFor();
    const text = await main.textContent();
    for (const shown of ['Kaija Kunnanjohtaja', 'Kunnanjohtaja', '4 500,00', 'Kunnanhallitus', '16.12.2019', 'Iisalmi (140)', 'Kiuruvesi (263)']) {
      assert.ok(text.includes(shown.replace(/ /g, '\u00a0')) || text.includes(shown), `shows ${shown}`);
    }
    // Dates as Finns write them everywhere, the schedule's too; no ISO date, no ", ." of an empty field.
    assert.match(text, /1\.3\.2020/);
    assert.match(text, /31\.8\.2020/);
    assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/);
    assert.doesNotMatch(text, /, [.,;]|: [.,;]|;\s*;/);
    assert.match(text, /Ei annettu/);

    // The box lists each error, naming the partner, as a link to its field.
    const box = page.locator('#submit-status');
    const link = box.getByRole('link', { name: /Osatoteuttaja 2 \(Iisalmi\), Yhteyshenkilön sähköposti/ });
    await link.waitFor();
    assert.equal(await box.getByRole('link').count(), await page.locator('#submit-errors li').count());
    await link.click();
    await page.waitForURL((u) => u.pathname === '/applicants');
    await page.waitForFunction(() => document.activeElement && document.activeElement.value === 'ei-osoite');
    // With every message shown on the page it opened.
    await page.locator('#error-summary').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a partner opens the request from the first page, is told what was opened, and is offered only its return', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(env.server.url);
    await waitForApp(page);
    // The first page: the way in for a partner.
    await page.getByRole('heading', { name: 'Oletteko osatoteuttaja?' }).waitFor();
    await page.getByRole('link', { name: 'Avaa osatoteuttajan pyyntö' }).click();
    await page.waitForURL((u) => u.pathname === '/drafts');
    await page.getByLabel('Avaa osatoteuttajan pyyntö').setInputFiles([REQUEST]);
    const result = page.locator('#import-result');
    await result.getByText('Osatoteuttajan pyyntö avattiin uutena luonnoksena').waitFor();
    assert.doesNotMatch(await result.textContent(), /Hakemus tuotiin/);
    await page.locator('#open-imported').click();
    await page.waitForURL((u) => u.pathname === '/');
    await page.locator('#request-project').waitFor();

    // The header offers the part's return, not the whole application's export.
    const header = page.locator('.draft-status');
    assert.equal(await header.getByRole('link', { name: 'Vie hakemus' }).count(), 0);
    await header.getByRole('link', { name: 'Palauta osuus' }).click();
    await page.getByRole('button', { name: 'Lataa osuus tiedostona' }).waitFor();
    // The check button names the part, and so does its message.
    await page.getByRole('button', { name: 'Tarkista osuus' }).click();
    await page.locator('#error-summary').waitFor();
    assert.doesNotMatch(await page.locator('main').textContent(), /Tarkista talousarvio|Talousarviossa ei ole virheitä/);

    // The first visit's empty draft did not stay behind in the list.
    const names = await listedDrafts(page);
    assert.equal(names.filter((n) => /Nimetön luonnos/.test(n)).length, 0, JSON.stringify(names));
    assert.equal(names.length, 1, JSON.stringify(names));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('an imported application is named apart from its original; a draft someone typed in is never dropped', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(url('project'));
    await waitForApp(page);
    await page.getByRole('textbox', { name: 'Hankkeen nimi suomeksi' }).fill('Oma luonnos');
    await savedWith(page, 'Oma luonnos');
    await importAndOpen(page, env.server.url, COMPLETE);
    const names = await listedDrafts(page);
    const today = new Date();
    const imported = `Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun (tuotu ${today.getDate()}.${today.getMonth() + 1}.)`;
    assert.ok(names.some((n) => n.startsWith(imported)), JSON.stringify(names));
    assert.ok(names.some((n) => n.startsWith('Oma luonnos')), JSON.stringify(names));
    assert.equal(names.length, 2, JSON.stringify(names));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('each part says its own "no errors", the last part leads on to the check, and advice is not dressed as errors', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await importAndOpen(page, env.server.url, COMPLETE);
    await page.goto(url('project'));
    await page.getByRole('button', { name: 'Tarkista haku ja hanke' }).click();
    await page.locator('#error-summary').getByText('Osassa ”Haku ja hanke” ei ole virheitä.').waitFor();
    await page.goto(url('schedule'));
    await page.getByRole('button', { name: 'Tarkista aikataulu' }).click();
    await page.locator('#error-summary').getByText('Osassa ”Aikataulu” ei ole virheitä.').waitFor();
    assert.doesNotMatch(await page.locator('#error-summary').textContent(), /Talousarvio/);

    // The last part: "Seuraava: Tarkista vastaukset".
    await page.goto(url('monitoring'));
    await page.getByRole('link', { name: 'Seuraava: Tarkista vastaukset' }).click();
    await page.waitForURL((u) => u.pathname === '/review');

    // Commitments left empty are advice: no "?:" and no error colour on their links.
    await page.goto(url('commitments'));
    await page.getByRole('main').getByRole('textbox').first().waitFor(); // the page is built (`all` does not wait)
    for (const box of await page.getByRole('main').getByRole('textbox').all()) await box.fill('');
    await page.getByRole('button', { name: /^Tarkista/ }).click();
    const warnings = page.locator('#error-summary ul.warnings a');
    await warnings.first().waitFor();
    const texts = await warnings.allTextContents();
    assert.ok(texts.length > 0);
    for (const t of texts) assert.doesNotMatch(t, /\?:/);
    const [warningColour, errorColour] = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.className = 'error-summary';
      probe.innerHTML = '<a href="#x">x</a>';
      document.body.append(probe);
      const error = getComputedStyle(probe.querySelector('a')).color;
      probe.remove();
      return [getComputedStyle(document.querySelector('#error-summary ul.warnings a')).color, error];
    });
    assert.notEqual(warningColour, errorColour);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
