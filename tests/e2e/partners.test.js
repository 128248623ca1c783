'use strict';
// Drafting together, in three browsers: the lead requests the parts of two partners, each partner
// fills its own part in its own browser (one in Swedish) and returns it, one returns a second time
// with a changed amount; the lead sees the difference, takes part of it, and the budget's totals by
// applicant and the 85 % check follow; after a reload everything is as merged. And the refusals,
// and the lead's exchange taken to another browser by an export.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, formatViolations, importAndOpen, runAxe, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const url = (p) => new URL(p, env.server.url).href;
const nbsp = (s) => s.replace(/ /g, '\u00a0');

/** Clicks `button` and returns the downloaded file's path. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-partners-'));
  const to = path.join(dir, file.suggestedFilename());
  await file.saveAs(to);
  return to;
}

/** A partner opens the request on its drafts page: the partner's own page opens. */
async function openRequest(page, file) {
  await page.goto(url('drafts'));
  await waitForApp(page);
  await page.locator('#import-file').setInputFiles([file]);
  await page.locator('#open-imported').click();
  await page.waitForURL((u) => u.pathname === '/');
  await page.locator('#request-project').waitFor();
}

/** Adds a cost line on a partner's page: category by value, description, year, amount, VAT 0 %. */
async function addLine(page, description, amount) {
  await page.locator('#add-line').click();
  const row = page.locator('#budget-lines tbody tr').last();
  await row.locator('select[id$="-category"]').selectOption('personnel');
  await row.locator('input[id$="-description"]').fill(description);
  await row.locator('input[id$="-year"]').fill('2020');
  await row.locator('input[id$="-amount"]').fill(amount);
  await row.locator('select[id$="-vat_rate"]').selectOption('0');
}

test('two partners fill their parts in their own browsers; the lead merges, item by item', async () => {
  const lead = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const iisalmi = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const vierema = await env.browser.newContext({ locale: 'sv-SE', acceptDownloads: true });
  try {
    // The lead: the complete application, with a grant that does not fit the lead's costs alone.
    const page = await lead.newPage();
    const errors = collectConsoleErrors(page);
    await importAndOpen(page, env.server.url, path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json'));
    await page.goto(url('budget'));
    await page.locator('#requested-grant').fill('190 000,00');
    await page.locator('#requested-grant').blur();
    await page.locator('#grant-status.status.bad').waitFor();

    // Requests to both partners.
    await page.goto(url('partners'));
    await page.getByRole('heading', { name: 'Osatoteuttajien osuudet' }).waitFor();
    const rows = page.locator('table.partners tbody tr');
    assert.equal(await rows.count(), 2);
    assert.match(await rows.nth(0).textContent(), /Iisalmi.*Ei pyydetty/s);
    await rows.nth(0).getByRole('textbox', { name: 'Viesti osatoteuttajalle (vapaaehtoinen)' }).fill('Lisätkää omat kustannuksenne.');
    const requestA = await download(page, rows.nth(0).getByRole('button', { name: 'Lataa pyyntö tiedostona' }));
    const requestB = await download(page, rows.nth(1).getByRole('button', { name: 'Lataa pyyntö tiedostona' }));
    await page.locator('#contribution-result').getByText('Pyyntö tehty').waitFor();
    assert.match(await rows.nth(0).textContent(), /Pyydetty \d/);
    const request = JSON.parse(fs.readFileSync(requestA, 'utf8'));
    assert.equal(request.format, 'hakemus-partner-request');
    assert.equal(request.message, 'Lisätkää omat kustannuksenne.');
    assert.ok(!fs.readFileSync(requestA, 'utf8').includes('213552.95'), 'nothing of the lead’s budget');
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], formatViolations(violations));

    // Iisalmi, in its own browser: its own page, prefilled as the lead had it.
    const a = await iisalmi.newPage();
    const aErrors = collectConsoleErrors(a);
    await openRequest(a, requestA);
    assert.match(await a.locator('#request-message').textContent(), /Lisätkää omat kustannuksenne/);
    assert.match(await a.locator('#own-organisation').textContent(), /Iisalmi/);
    await a.getByRole('textbox', { name: 'Nimenkirjoitusoikeudellinen henkilö' }).fill('Kaija Kunnanjohtaja');
    await a.getByRole('textbox', { name: 'Nimenkirjoittajan asema' }).fill('kaupunginjohtaja');
    await a.getByRole('textbox', { name: 'Päätöksen tehnyt toimielin' }).fill('Kaupunginhallitus');
    await a.getByRole('textbox', { name: 'Päätöksen päivämäärä' }).fill('16.12.2019');
    await a.getByRole('textbox', { name: 'Pykälä' }).fill('§ 312');
    await addLine(a, 'Iisalmen asiantuntijatyö', '12 000,00');
    await a.locator('#eligible-base').getByText(nbsp('12 000,00 €')).waitFor();
    const axeA = await runAxe(a);
    assert.deepEqual(axeA, [], formatViolations(axeA));
    // Typing an invalid date: its message once the field is left, in the page's summary on check.
    await a.getByRole('textbox', { name: 'Päätöksen päivämäärä' }).fill('16.13.2019');
    await a.getByRole('textbox', { name: 'Pykälä' }).focus();
    const dateField = a.getByRole('textbox', { name: 'Päätöksen päivämäärä' });
    await a.locator('.field').filter({ has: dateField }).locator('.field-error').getByText('”16.13.2019” ei ole päivämäärä').waitFor();
    assert.equal(await dateField.getAttribute('aria-invalid'), 'true');
    await a.locator('#check-part').click();
    await a.locator('#error-summary').getByRole('link', { name: /Päätöksen päivämäärä/ }).waitFor();
    await a.getByRole('textbox', { name: 'Päätöksen päivämäärä' }).fill('16.12.2019');
    const contributionA1 = await download(a, a.getByRole('button', { name: 'Lataa osuus tiedostona' }));
    assert.equal(JSON.parse(fs.readFileSync(contributionA1, 'utf8')).format, 'hakemus-partner-contribution');
    // A partner's draft has one page, its own: the application's parts, its export and its check
    // are the lead's (an export from here would be a whole application the lead could not use).
    for (const p of ['export', 'budget']) {
      await a.goto(url(p));
      await waitForApp(a);
      await a.locator('#request-project').waitFor();
      assert.equal(await a.locator('#download-export, #requested-grant').count(), 0, p);
    }
    await a.goto(url('review'));
    await waitForApp(a);
    await a.locator('#partner-draft-here').waitFor();
    assert.equal(await a.locator('#submit-status').count(), 0);
    await a.getByRole('link', { name: 'Palauta osuus' }).click();
    await a.locator('#request-project').waitFor();

    // Vieremä, in Swedish.
    const b = await vierema.newPage();
    const bErrors = collectConsoleErrors(b);
    await openRequest(b, requestB);
    await b.getByRole('heading', { name: /Delgenomförarens del/ }).first().waitFor();
    await b.getByRole('textbox', { name: 'Person med namnteckningsrätt' }).fill('Ville Vieremä');
    await addLine(b, 'Vieremän käyttöönotto', '5 000,00');
    await b.locator('#eligible-base').getByText(nbsp('5 000,00 €')).waitFor();
    const contributionB = await download(b, b.getByRole('button', { name: 'Ladda ner delen som fil' }));

    // The lead merges both: everything the partners added is offered, nothing is a conflict.
    await page.locator('#contribution-file').setInputFiles([contributionA1]);
    await page.getByRole('heading', { name: /Mitä palautus muuttaisi: Iisalmi/ }).waitFor();
    const merge = page.locator('section.merge');
    assert.match(await merge.textContent(), /Lisättävä rivi: Iisalmen asiantuntijatyö/);
    assert.match(await merge.textContent(), /Kaija Kunnanjohtaja/);
    const axeMerge = await runAxe(page);
    assert.deepEqual(axeMerge, [], formatViolations(axeMerge));
    await page.locator('#merge-chosen').click();
    await page.locator('#contribution-result').getByText('Yhdistetty.').waitFor();
    await page.locator('#contribution-file').setInputFiles([contributionB]);
    await page.getByRole('heading', { name: /Mitä palautus muuttaisi: Vieremä/ }).waitFor();
    await page.locator('#merge-chosen').click();
    await page.locator('#contribution-result').getByText('Yhdistetty.').waitFor();
    assert.match(await rows.nth(0).textContent(), /Yhdistetty/);
    assert.match(await rows.nth(1).textContent(), /Yhdistetty/);

    // Iisalmi returns a second time: a changed amount and a changed title.
    await a.getByRole('textbox', { name: 'Nimenkirjoittajan asema' }).fill('kaupunginjohtaja (vt.)');
    const amount = a.locator('#budget-lines tbody tr').last().locator('input[id$="-amount"]');
    await amount.fill('14 000,00');
    await a.locator('#eligible-base').getByText(nbsp('14 000,00 €')).waitFor();
    const contributionA2 = await download(a, a.getByRole('button', { name: 'Lataa osuus tiedostona' }));
    await page.locator('#contribution-file').setInputFiles([contributionA2]);
    await page.getByRole('heading', { name: /Mitä palautus muuttaisi: Iisalmi/ }).waitFor();
    const items = merge.locator('fieldset.merge-item');
    assert.equal(await items.count(), 2, await merge.textContent());
    const amountItem = items.filter({ hasText: 'Muutos: Iisalmen asiantuntijatyö' });
    assert.match(await amountItem.textContent(), new RegExp(nbsp('12 000,00 €') + '.*' + nbsp('14 000,00 €'), 's'));
    // Take the title, keep the amount.
    await amountItem.getByRole('radio', { name: 'Pidä hakemuksen' }).check();
    await page.locator('#merge-chosen').click();
    await page.locator('#contribution-result').getByText('Yhdistetty.').waitFor();

    // The same file again is recognised, and changes nothing.
    await page.locator('#contribution-file').setInputFiles([contributionA2]);
    await page.locator('#contribution-result[role="alert"]').getByText(/on jo yhdistetty hakemukseen \d/).waitFor();

    // The budget: totals by applicant, and the grant now fits the 85 % rule.
    const check = async () => {
      await page.goto(url('budget'));
      await page.locator('#by-bearer').getByText(nbsp('12 000,00 €')).first().waitFor();
      const byBearer = await page.locator('#by-bearer').textContent();
      assert.match(byBearer, new RegExp('Iisalmi.*' + nbsp('12 000,00 €'), 's'));
      assert.match(byBearer, new RegExp('Vieremä.*' + nbsp('5 000,00 €'), 's'));
      await page.locator('#grant-status.status.ok').waitFor();
      await page.goto(url('applicants'));
      const card = page.locator('section.applicant').nth(1);
      assert.equal(await card.getByRole('textbox', { name: 'Nimenkirjoittajan asema' }).inputValue(), 'kaupunginjohtaja (vt.)');
      assert.equal(await card.getByRole('textbox', { name: 'Päätöksen päivämäärä' }).inputValue(), '2019-12-16');
      assert.match(await card.locator('.exchange').textContent(), /Yhdistetty/);
    };
    await check();
    await page.reload();
    await waitForApp(page);
    await check();
    await page.goto(url('/'));
    assert.match(await page.locator('#partners-status ~ ul').textContent(), /Iisalmi.*Yhdistetty.*Vieremä.*Yhdistetty/s);

    assert.deepEqual(errors, []);
    assert.deepEqual(aErrors, []);
    assert.deepEqual(bErrors, []);
  } finally {
    await lead.close();
    await iisalmi.close();
    await vierema.close();
  }
});

test('refusals change nothing; what both changed is taken only by a choice, by keyboard; a merge is undone', async () => {
  const lead = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const partner = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const page = await lead.newPage();
    const errors = collectConsoleErrors(page);
    await importAndOpen(page, env.server.url, path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json'));
    await page.goto(url('partners'));
    const requestFile = await download(page, page.locator('table.partners tbody tr').first().getByRole('button', { name: 'Lataa pyyntö tiedostona' }));
    // After the request, the lead changes the partner's role.
    await page.goto(url('applicants'));
    const card = page.locator('section.applicant').nth(1);
    await card.getByRole('textbox', { name: 'Rooli hankkeessa' }).fill('Lead muutti roolin');

    // Check your answers warns while the part asked for has not come back.
    await page.goto(url('review'));
    await page.getByText(/Osatoteuttajalta pyydettyä osuutta \(\d+\.\d+\.\d{4}\) ei ole vielä palautettu/).first().waitFor();

    // The partner changes the role too, and names its signatory.
    const p = await partner.newPage();
    await openRequest(p, requestFile);
    await p.getByRole('textbox', { name: 'Rooli hankkeessa' }).fill('Partnerin rooli');
    await p.getByRole('textbox', { name: 'Nimenkirjoitusoikeudellinen henkilö' }).fill('Kaija Kunnanjohtaja');
    await addLine(p, 'Iisalmen työ', '3 000,00');
    const contribution = await download(p, p.getByRole('button', { name: 'Lataa osuus tiedostona' }));
    const good = JSON.parse(fs.readFileSync(contribution, 'utf8'));

    // Refusals, pasted: each names its reason, and the stored draft does not change.
    await page.goto(url('partners'));
    await page.locator('#partner-' + good.part.applicant.id + '-status').waitFor();
    const { storedDrafts } = require('./support.js');
    const before = await storedDrafts(page);
    const refused = async (changed, reason) => {
      await page.locator('#contribution-text').fill(JSON.stringify(changed));
      await page.locator('#import-contribution-pasted').click();
      const result = page.locator('#contribution-result[role="alert"]');
      await result.getByText(reason).waitFor();
      assert.equal(await page.locator('section.merge').count(), 0, 'no comparison offered');
    };
    await refused({ ...good, project_id: 'toinen-hanke' }, /toisen hankkeen pyyntöön/);
    await refused({ ...good, schema_version: 3 }, /uudemmalla versiolla/);
    const another = structuredClone(good);
    another.part.applicant.id = 999;
    another.part.lines.forEach((l) => (l.bearer = '999'));
    await refused(another, /eri osatoteuttajan nimissä/);
    const tampered = structuredClone(good);
    tampered.part.lines[0].bearer = '1';
    await refused(tampered, /part\.lines\[0\]\.bearer: Rivin kustannusten kantaja ei ole tämä osatoteuttaja/);
    await refused({ ...good, format: 'hakemus-application' }, /ei ole Hakemus-sovelluksella tehty osatoteuttajan osuus/);
    // The partner's municipality edited to another partner's (typed and resolved alike): refused,
    // naming what was changed.
    const moved = structuredClone(good);
    moved.part.applicant.municipality = 'Vieremä';
    moved.part.applicant.resolved_municipality = { code: '925', name_fi: 'Vieremä', name_sv: 'Vieremä' };
    await refused(moved, /Palautuksessa on muutettu sitä, kuka osatoteuttaja on\..*Kunta: pyynnössä ”Iisalmi”, palautuksessa ”Vieremä”\./);
    assert.deepEqual(await storedDrafts(page), before, 'no refusal changed the draft');

    // The three-way case: the role is a conflict, shown with the request's, the lead's and the
    // partner's values; merging without a choice says so at the item and changes nothing.
    await page.locator('#contribution-file').setInputFiles([contribution]);
    const merge = page.locator('section.merge');
    await merge.waitFor();
    const role = merge.locator('fieldset.merge-item.conflict');
    assert.equal(await role.count(), 1);
    assert.match(await role.textContent(), /Pilotointi.*Lead muutti roolin.*Partnerin rooli/s);
    await page.locator('#merge-chosen').focus();
    await page.keyboard.press('Enter');
    await role.getByText('Valitse, kumpi jää.').last().waitFor();
    // The focus moves in the frame after the message is shown (focus_after_render): wait for it.
    await page.waitForFunction(() => /^item-\d+-take$/.test(document.activeElement.id), null, { timeout: 2000 }).catch(() => {});
    const focused = await page.evaluate(() => document.activeElement.id);
    assert.match(focused, /^item-\d+-take$/, 'focus on the item without a choice');
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    // By keyboard: the focused radio is chosen with Space, then on to the merge button.
    await page.keyboard.press('Space');
    await page.locator('#merge-chosen').focus();
    await page.keyboard.press('Enter');
    await page.locator('#contribution-result').getByText('Yhdistetty.').waitFor();
    await page.goto(url('applicants'));
    assert.equal(await page.locator('section.applicant').nth(1).getByRole('textbox', { name: 'Rooli hankkeessa' }).inputValue(), 'Partnerin rooli');

    // The same contribution again: recognised.
    await page.goto(url('partners'));
    await page.locator('#contribution-file').setInputFiles([contribution]);
    await page.locator('#contribution-result[role="alert"]').getByText(/on jo yhdistetty hakemukseen \d/).waitFor();

    // Undo: the part as it was before the merge.
    await page.getByRole('button', { name: 'Peru yhdistäminen' }).click();
    await page.locator('#contribution-result').getByText('Yhdistäminen peruttu').waitFor();
    await page.goto(url('applicants'));
    assert.equal(await page.locator('section.applicant').nth(1).getByRole('textbox', { name: 'Rooli hankkeessa' }).inputValue(), 'Lead muutti roolin');

    // A partner removed from the application: its contribution is refused.
    await page.locator('section.applicant').nth(1).getByRole('button', { name: /Poista hakija/ }).click();
    await page.goto(url('partners'));
    await page.locator('#import-contribution').waitFor();
    const removed = await storedDrafts(page);
    await page.locator('#contribution-file').setInputFiles([contribution]);
    await page.locator('#contribution-result[role="alert"]').getByText('ei ole enää hakijoissa').waitFor();
    assert.deepEqual(await storedDrafts(page), removed);
    assert.deepEqual(errors, []);
  } finally {
    await lead.close();
    await partner.close();
  }
});

test('the lead takes the draft to another browser: the requests, the merged return and the title go along', async () => {
  const lead = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const partners = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const elsewhere = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const TITLE = 'Yhteishanke, Kiuruveden versio';
  try {
    const page = await lead.newPage();
    const errors = collectConsoleErrors(page);
    await importAndOpen(page, env.server.url, path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json'));
    // The lead names the draft.
    await page.goto(url('drafts'));
    const rows = page.locator('table.drafts tbody tr');
    await rows.first().getByRole('button', { name: 'Nimeä uudelleen' }).click();
    await page.waitForFunction(() => document.activeElement?.labels?.[0]?.textContent === 'Luonnoksen nimi');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Enter');
    await rows.filter({ hasText: TITLE }).waitFor(); // the open draft

    // Requests to both partners; Iisalmi returns and is merged, Vieremä has not yet.
    await page.goto(url('partners'));
    const partnerRows = page.locator('table.partners tbody tr');
    const requestA = await download(page, partnerRows.nth(0).getByRole('button', { name: 'Lataa pyyntö tiedostona' }));
    const requestB = await download(page, partnerRows.nth(1).getByRole('button', { name: 'Lataa pyyntö tiedostona' }));
    const a = await partners.newPage();
    await openRequest(a, requestA);
    await a.getByRole('textbox', { name: 'Nimenkirjoitusoikeudellinen henkilö' }).fill('Kaija Kunnanjohtaja');
    const contributionA = await download(a, a.getByRole('button', { name: 'Lataa osuus tiedostona' }));
    const b = await partners.newPage();
    await openRequest(b, requestB);
    await b.getByRole('textbox', { name: 'Nimenkirjoitusoikeudellinen henkilö' }).fill('Ville Vieremä');
    await addLine(b, 'Vieremän käyttöönotto', '5 000,00');
    await b.locator('#eligible-base').getByText(nbsp('5 000,00 €')).waitFor();
    const contributionB = await download(b, b.getByRole('button', { name: 'Lataa osuus tiedostona' }));
    await page.locator('#contribution-file').setInputFiles([contributionA]);
    await page.getByRole('heading', { name: /Mitä palautus muuttaisi: Iisalmi/ }).waitFor();
    await page.locator('#merge-chosen').click();
    await page.locator('#contribution-result').getByText('Yhdistetty.').waitFor();

    // The export: the exchange and the title beside the application, not in it.
    await page.goto(url('export'));
    const file = await download(page, page.locator('#download-export'));
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(exported.application.partner_requests, undefined);
    assert.equal(exported.working_copy.title, TITLE);
    assert.equal(exported.working_copy.partner_requests.length, 2);

    // Another browser: the import keeps the title, the statuses, and takes Vieremä's return.
    const there = await elsewhere.newPage();
    const thereErrors = collectConsoleErrors(there);
    await there.goto(url('drafts'));
    await waitForApp(there);
    await there.locator('#import-file').setInputFiles([file]);
    await there.locator('#import-result').getByText(TITLE).waitFor();
    await there.locator('#open-imported').click();
    await there.waitForURL((u) => u.pathname === '/');
    await there.goto(url('partners'));
    const thereRows = there.locator('table.partners tbody tr');
    await thereRows.nth(1).waitFor();
    assert.match(await thereRows.nth(0).textContent(), /Iisalmi.*Yhdistetty/s);
    assert.match(await thereRows.nth(1).textContent(), /Vieremä.*Pyydetty \d/s);
    // Iisalmi's return is recognised as merged; Vieremä's is accepted and merged.
    await there.locator('#contribution-file').setInputFiles([contributionA]);
    await there.locator('#contribution-result[role="alert"]').getByText(/on jo yhdistetty hakemukseen \d/).waitFor();
    await there.locator('#contribution-file').setInputFiles([contributionB]);
    await there.getByRole('heading', { name: /Mitä palautus muuttaisi: Vieremä/ }).waitFor();
    assert.match(await there.locator('section.merge').textContent(), /Lisättävä rivi: Vieremän käyttöönotto/);
    await there.locator('#merge-chosen').click();
    await there.locator('#contribution-result').getByText('Yhdistetty.').waitFor();
    assert.match(await thereRows.nth(1).textContent(), /Yhdistetty/);
    await there.goto(url('applicants'));
    const card = there.locator('section.applicant').nth(2);
    assert.equal(await card.getByRole('textbox', { name: 'Nimenkirjoitusoikeudellinen henkilö' }).inputValue(), 'Ville Vieremä');
    await there.goto(url('drafts'));
    await there.locator('table.drafts tbody tr').filter({ hasText: TITLE }).waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(thereErrors, []);
  } finally {
    await lead.close();
    await partners.close();
    await elsewhere.close();
  }
});
