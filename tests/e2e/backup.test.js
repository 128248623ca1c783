'use strict';
// The backup (issue 28, item 10), end to end in the release build: a lead with two partners'
// contributions merged and a third partner's pending, three reviews and a funding proposal makes a
// backup on the drafts page; a fresh browser restores it and the pending partner's contribution is
// accepted there; restoring the older backup over newer work keeps both and the summary says so. And
// the refusals: a file that is not a backup, and one of a newer version. The example backup carries
// the first phase too: its initiative is on the initiatives app's home page after a restore.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {
  REPO_ROOT,
  collectConsoleErrors,
  exportValidator,
  formatViolations,
  importAndOpen,
  runAxe,
  storedDrafts,
  storedReviews,
  waitForApp,
  withBrowser,
} = require('./support.js');

const env = withBrowser();
const url = (p) => new URL(p, env.server.url).href;
const nbsp = (s) => s.replace(/ /g, '\u00a0');
const COMPLETE = path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json');
const SAMPLE = path.join(REPO_ROOT, 'tests/fixtures/exchange/sample.json');
const PROJECT = 'Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun';

/** Clicks `button` and returns the downloaded file's path. */
async function download(page, button, dir) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const to = path.join(dir, file.suggestedFilename());
  await file.saveAs(to);
  return to;
}

/** Waits until `check()` resolves true (a write that lands once typing pauses). */
async function eventually(check, what) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`not in time: ${what}`);
}

/** The complete application with a third partner (Sonkajärvi), as a file in `dir`. */
function threePartners(dir) {
  const file = JSON.parse(fs.readFileSync(COMPLETE, 'utf8'));
  const app = file.application;
  const third = structuredClone(app.applicants[2]);
  Object.assign(third, { id: app.next_id, municipality: 'Sonkajärvi', business_id: '1234567-1', role: 'Pilotointi' });
  delete third.resolved_municipality;
  app.applicants.push(third);
  app.next_id += 1;
  const to = path.join(dir, 'kolme-osatoteuttajaa.json');
  fs.writeFileSync(to, JSON.stringify(file, null, 2));
  return to;
}

/** A partner opens the request in its own page, names its signatory, adds a line if given, and returns its part. */
async function contribute(context, request, signatory, line, dir) {
  const page = await context.newPage();
  await page.goto(url('drafts'));
  await waitForApp(page);
  await page.locator('#import-file').setInputFiles([request]);
  await page.locator('#open-imported').click();
  await page.waitForURL((u) => u.pathname === '/');
  await page.locator('#request-project').waitFor();
  await page.getByRole('textbox', { name: 'Nimenkirjoitusoikeudellinen henkilö' }).fill(signatory);
  if (line) {
    await page.locator('#add-line').click();
    const row = page.locator('#budget-lines tbody tr').last();
    await row.locator('select[id$="-category"]').selectOption('personnel');
    await row.locator('input[id$="-description"]').fill(line.description);
    await row.locator('input[id$="-year"]').fill('2020');
    await row.locator('input[id$="-amount"]').fill(line.amount);
    await row.locator('select[id$="-vat_rate"]').selectOption('0');
    await page.locator('#eligible-base').getByText(nbsp(line.amount + ' €')).waitFor();
  }
  const file = await download(page, page.getByRole('button', { name: 'Lataa osuus tiedostona' }), dir);
  await page.close();
  return file;
}

/** On the lead's partners page: the contribution compared, and merged as offered. */
async function merge(page, file, partner) {
  await page.locator('#contribution-file').setInputFiles([file]);
  await page.getByRole('heading', { name: new RegExp(`Mitä palautus muuttaisi: ${partner}`) }).waitFor();
  await page.locator('#merge-chosen').click();
  await page.locator('#contribution-result').getByText('Yhdistetty.').waitFor();
}

/** The reviewer scores one criterion of the application named `project`, from the list. */
async function score(page, project, label) {
  await page.goto(url('reviewer'));
  await page.getByRole('link', { name: project, exact: true }).click();
  await page.getByRole('link', { name: 'Arvioi hakemus' }).click();
  await page.getByRole('heading', { level: 1, name: `Arviointi: ${project}` }).waitFor();
  await page
    .getByRole('group', { name: 'Pisteet 11. Toteutuskelpoisuus ja vaikuttavuus suhteessa laajuuteen ja kustannusarvioon' })
    .getByLabel(label)
    .check();
}

/** The reviews stored in this browser, by project. */
async function reviewsByProject(page) {
  const text = await storedReviews(page);
  if (!text) return {};
  return Object.fromEntries(JSON.parse(text).reviews.map((r) => [r.application.project, r.marks.feasibility?.score]));
}

/** Chooses a backup file on the drafts page and waits for the summary (focused) or the refusal. */
async function restore(page, file) {
  await page.locator('#restore-file').setInputFiles([file]);
  const result = page.locator('#restore-result');
  await result.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'restore-result');
  return result;
}

test('a lead’s exchange, three reviews and a proposal go to a fresh browser by backup; an older backup over newer work keeps both', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-backup-'));
  const here = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const partners = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const fresh = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    // The lead: requests to three partners; two return and are merged, the third returns later.
    const page = await here.newPage();
    const errors = collectConsoleErrors(page);
    await importAndOpen(page, env.server.url, threePartners(dir));
    await page.goto(url('partners'));
    const rows = page.locator('table.partners tbody tr');
    await rows.nth(2).waitFor();
    const requests = [];
    for (let i = 0; i < 3; i++) {
      requests.push(await download(page, rows.nth(i).getByRole('button', { name: 'Lataa pyyntö tiedostona' }), dir));
    }
    const iisalmi = await contribute(partners, requests[0], 'Kaija Kunnanjohtaja', null, dir);
    const vierema = await contribute(partners, requests[1], 'Ville Vieremä', { description: 'Vieremän käyttöönotto', amount: '5 000,00' }, dir);
    const sonkajarvi = await contribute(partners, requests[2], 'Sointu Sonkajärvi', { description: 'Sonkajärven pilotointi', amount: '3 000,00' }, dir);
    await merge(page, iisalmi, 'Iisalmi');
    await merge(page, vierema, 'Vieremä');
    assert.match(await rows.nth(2).textContent(), /Sonkajärvi.*Pyydetty \d/s);

    // The reviewer, in the same browser: three applications opened, each scored, and a proposal.
    const third = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));
    third.application.project.name_fi = 'Kolmas yhteishanke';
    const thirdFile = path.join(dir, 'kolmas.json');
    fs.writeFileSync(thirdFile, JSON.stringify(third, null, 2));
    await page.goto(url('reviewer'));
    await waitForApp(page);
    await page.locator('#reviewer-files').setInputFiles([COMPLETE, SAMPLE, thirdFile]);
    await page.waitForFunction(() => document.querySelectorAll('#applications tbody tr').length === 3);
    await score(page, PROJECT, '3 – täyttyy erinomaisesti');
    await score(page, 'Yhteinen asiointialusta', '2 – täyttyy hyvin');
    await score(page, 'Kolmas yhteishanke', '1 – täyttyy heikosti');
    await eventually(async () => Object.keys(await reviewsByProject(page)).length === 3, 'three reviews stored');
    await page.goto(url('reviewer'));
    await page.locator('#to-proposal').click();
    await page.locator('#proposal tbody tr').nth(2).waitFor();
    const kiuru = page.locator('#proposal tbody tr').filter({ has: page.locator('th', { hasText: 'Kiuruvesi' }) });
    await kiuru.getByLabel('Esitys').selectOption('grant');
    await eventually(async () => /"status": "grant"/.test((await storedReviews(page, 'proposal')) || ''), 'the proposal stored');

    // The backup, on the drafts page: one file, and the time it was made.
    await page.goto(url('drafts'));
    await waitForApp(page);
    await page.locator('#last-backup').getByText('Tästä selaimesta ei ole vielä tehty varmuuskopiota.').waitFor();
    const backupFile = await download(page, page.getByRole('button', { name: 'Tee varmuuskopio' }), dir);
    assert.match(path.basename(backupFile), /^hakemus-varmuuskopio-\d{4}-\d{2}-\d{2}\.json$/);
    await page.locator('#last-backup').getByText(/^Viimeisin varmuuskopio on tehty \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}\.$/).waitFor();
    await page.locator('#backup-made').getByText(path.basename(backupFile)).waitFor();
    const backup = JSON.parse(fs.readFileSync(backupFile, 'utf8'));
    assert.equal(backup.format, 'hakemus-backup');
    assert.equal(backup.schema_version, 4);
    assert.deepEqual(backup.first_phase, { initiatives: [], interests: [], received: [] }, 'no first phase in this browser');
    assert.deepEqual(backup.grant, { projects: [] }, 'no granted project in this browser');
    const lead = backup.drafter.drafts.map((d) => JSON.parse(d.record)).find((r) => r.draft.project.name_fi === PROJECT);
    assert.equal(lead.draft.partner_requests.length, 3, 'the exchange is in the draft');
    assert.equal(backup.reviewer.opened.length, 3);
    assert.equal(JSON.parse(backup.reviewer.reviews).reviews.length, 3);
    assert.match(backup.reviewer.proposal, /"status": "grant"/);
    // The file is what its schema says.
    const validate = exportValidator('hakemus-backup.schema.json');
    assert.ok(validate(backup), JSON.stringify(validate.errors));

    // A fresh browser restores it: everything added, said by kind, focus on the summary.
    const there = await fresh.newPage();
    const thereErrors = collectConsoleErrors(there);
    await there.goto(url('drafts'));
    await waitForApp(there);
    await there.locator('#last-backup').getByText('Tästä selaimesta ei ole vielä tehty varmuuskopiota.').waitFor();
    let summary = await restore(there, backupFile);
    assert.equal(await summary.getAttribute('role'), 'status');
    await summary.getByRole('heading', { name: 'Varmuuskopio palautettu' }).waitFor();
    const added = await there.locator('#restore-added').textContent();
    for (const said of ['1 luonnos', '3 arviota', '1 rahoitusesitys', '3 arvioitavaksi avattua hakemusta']) {
      assert.ok(added.includes(said), `"${said}" in "${added}"`);
    }
    assert.equal(await there.locator('#restore-kept-both').count(), 0);
    let violations = await runAxe(there);
    assert.deepEqual(violations, [], formatViolations(violations));
    // The drafts list shows the lead's draft; opened, its partners stand as they did.
    const leadRow = there.locator('table.drafts tbody tr').filter({ hasText: PROJECT });
    await leadRow.getByRole('button', { name: 'Avaa', exact: true }).click();
    await there.waitForURL((u) => u.pathname === '/');
    await there.goto(url('partners'));
    const thereRows = there.locator('table.partners tbody tr');
    await thereRows.nth(2).waitFor();
    assert.match(await thereRows.nth(0).textContent(), /Iisalmi.*Yhdistetty/s);
    assert.match(await thereRows.nth(1).textContent(), /Vieremä.*Yhdistetty/s);
    assert.match(await thereRows.nth(2).textContent(), /Sonkajärvi.*Pyydetty \d/s);
    // The pending partner's contribution is accepted here, and merged.
    await there.locator('#contribution-file').setInputFiles([sonkajarvi]);
    await there.getByRole('heading', { name: /Mitä palautus muuttaisi: Sonkajärvi/ }).waitFor();
    assert.match(await there.locator('section.merge').textContent(), /Lisättävä rivi: Sonkajärven pilotointi/);
    await there.locator('#merge-chosen').click();
    await there.locator('#contribution-result').getByText('Yhdistetty.').waitFor();
    assert.match(await thereRows.nth(2).textContent(), /Yhdistetty/);
    // The reviewer's work is here too: the three applications with their scores, and the proposal.
    await there.goto(url('reviewer'));
    await waitForApp(there);
    await there.waitForFunction(() => document.querySelectorAll('#applications tbody tr').length === 3);
    assert.deepEqual(await reviewsByProject(there), { [PROJECT]: 3, 'Yhteinen asiointialusta': 2, 'Kolmas yhteishanke': 1 });
    await there.locator('#to-proposal').click();
    const thereKiuru = there.locator('#proposal tbody tr').filter({ has: there.locator('th', { hasText: 'Kiuruvesi' }) });
    assert.equal(await thereKiuru.getByLabel('Esitys').inputValue(), 'grant');

    // Newer work here since: one score changed. Then the older backup is restored over it.
    await score(there, 'Yhteinen asiointialusta', '0 – ei täyty');
    await eventually(async () => (await reviewsByProject(there))['Yhteinen asiointialusta'] === 0, 'the changed score stored');
    await there.goto(url('drafts'));
    await waitForApp(there);
    const leadBefore = (await storedDrafts(there)).filter(([, text]) => text.includes(PROJECT));
    assert.equal(leadBefore.length, 1);
    summary = await restore(there, backupFile);
    const keptBoth = await there.locator('#restore-kept-both').textContent();
    const copyTitle = new RegExp(`Luonnos ”[^”]*”: tämän selaimen versio säilyi ennallaan, ja varmuuskopion versio lisättiin nimellä ”[^”]* \\(varmuuskopiosta \\d{1,2}\\.\\d{1,2}\\.\\d{4}\\)”\\.`);
    assert.match(keptBoth, copyTitle);
    assert.match(keptBoth, /Arvio ”Yhteinen asiointialusta”: tämän selaimen arvio säilyi ennallaan; varmuuskopion arvio on korvattujen arvioiden joukossa/);
    assert.match(await there.locator('#restore-already').textContent(), /2 arviota/);
    // Nothing here was written over: the newer draft as it was, and beside it the backup's.
    const after = await storedDrafts(there);
    assert.ok(after.some(([id, text]) => id === leadBefore[0][0] && text === leadBefore[0][1]), 'the newer draft unchanged');
    const copy = after.map(([, text]) => JSON.parse(text)).find((r) => r.title.includes('(varmuuskopiosta'));
    assert.equal(copy.draft.partner_requests.length, 3);
    await there.locator('table.drafts tbody tr').filter({ hasText: '(varmuuskopiosta' }).waitFor();
    // The newer score stays; the backup's can be put back on the reviewer's page.
    assert.equal((await reviewsByProject(there))['Yhteinen asiointialusta'], 0);
    await there.goto(url('reviewer'));
    await waitForApp(there);
    await there.getByRole('button', { name: 'Palauta korvatut arviot' }).waitFor();
    violations = await runAxe(there);
    assert.deepEqual(violations, [], formatViolations(violations));

    assert.deepEqual(errors, []);
    assert.deepEqual(thereErrors, []);
  } finally {
    await here.close();
    await partners.close();
    await fresh.close();
  }
});

test('a file that is not a backup, and a backup of a newer version, are refused with words and change nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-backup-'));
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await importAndOpen(page, env.server.url, COMPLETE);
    await page.goto(url('drafts'));
    await waitForApp(page);
    const before = await storedDrafts(page);

    let result = await restore(page, COMPLETE);
    assert.equal(await result.getAttribute('role'), 'alert');
    await result.getByRole('heading', { name: 'Varmuuskopiota ei palautettu' }).waitFor();
    await result.getByText('Tiedosto ei ole Hakemus-sovelluksella tehty varmuuskopio.').waitFor();
    await result.getByText('Mitään ei tallennettu eikä muutettu.').waitFor();

    const newer = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'tests/fixtures/backup/browser.json'), 'utf8'));
    newer.schema_version = 5;
    const newerFile = path.join(dir, 'uudempi.json');
    fs.writeFileSync(newerFile, JSON.stringify(newer));
    await page.locator('#restore-file').setInputFiles([newerFile]);
    await result.getByText(/schema_version: Tiedosto on tehty sovelluksen uudemmalla versiolla \(muodon versio 5; tämä versio lukee enintään version 4\)/).waitFor();
    assert.deepEqual(await storedDrafts(page), before, 'a refusal changes nothing');
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the restore’s summary in Swedish and English, accessible; the same backup again adds nothing', async () => {
  const example = path.join(REPO_ROOT, 'tests/fixtures/backup/browser.json');
  const said = {
    sv: {
      done: 'Säkerhetskopian har återställts',
      added: ['2 utkast', '1 förslag till gemensamt projekt', '1 anmälan om intresse att delta', '2 filer öppnade i workshoppen'],
      again: 'Allt i säkerhetskopian fanns redan i den här webbläsaren: ingenting ändrades.',
    },
    en: {
      done: 'The backup was restored',
      added: ['2 drafts', '1 initiative for a joint project', '1 expression of interest', '2 files opened in the workshop'],
      again: 'Everything in the backup was in this browser already: nothing was changed.',
    },
  };
  for (const [lang, words] of Object.entries(said)) {
    const context = await env.browser.newContext({ locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
    try {
      const page = await context.newPage();
      const errors = collectConsoleErrors(page);
      await page.goto(url('drafts'));
      await waitForApp(page);
      let summary = await restore(page, example);
      await summary.getByRole('heading', { name: words.done }).waitFor();
      const added = await page.locator('#restore-added').textContent();
      for (const line of words.added) assert.ok(added.includes(line), `${lang}: ${line} in ${added}`);
      const violations = await runAxe(page);
      assert.deepEqual(violations, [], `${lang}: ${formatViolations(violations)}`);
      await page.locator('table.drafts tbody tr').filter({ hasText: 'Yhteishanke' }).waitFor();
      summary = await restore(page, example);
      await summary.getByText(words.again).waitFor();
      assert.equal(await page.locator('#restore-added').count(), 0);
      // The first phase's pages read what was restored: the municipality's initiative is listed.
      await page.goto(url('initiatives'));
      await waitForApp(page);
      await page.getByRole('link', { name: 'Sähköinen asiointi' }).waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});
