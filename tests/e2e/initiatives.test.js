'use strict';
// The first phase's pages (initiatives.html, /initiatives and below): a municipality writes an
// initiative that is kept through a reload and exported as a file its committed schema accepts;
// another municipality, in its own browser, opens that file and names it in an expression of
// interest, also exported and valid; a file that is not an initiative is refused with the
// reader's located error; every page meets WCAG 2.1 AA in Finnish, Swedish and English.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { collectConsoleErrors, exportValidator, formatViolations, runAxe, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const url = (p) => new URL(p, env.server.url).href;

/** Clicks `button` and returns the downloaded file's path. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-initiatives-'));
  const to = path.join(dir, file.suggestedFilename());
  await file.saveAs(to);
  return to;
}

/** Writes a complete initiative of Kiuruvesi on its form (fi). */
async function writeInitiative(page) {
  await page.getByRole('combobox', { name: 'Kunta' }).fill('Kiuruvesi');
  await page.getByRole('textbox', { name: 'Yhteyshenkilö', exact: true }).fill('Maija Meikäläinen');
  await page.getByRole('textbox', { name: 'Yhteyshenkilön sähköposti' }).fill('maija@kiuruvesi.fi');
  await page.getByRole('textbox', { name: 'Ehdotuksen nimi' }).fill('Yhteiset lomakkeet');
  await page.getByRole('checkbox', { name: /^Kehitetään palveluille yhteisiä tietomäärityksiä/ }).check();
  await page.getByRole('button', { name: 'Lisää mukana oleva kunta' }).click();
  await page.getByRole('combobox', { name: 'Mukana oleva kunta 1' }).fill('Iisalmi');
  await page.locator('#description-ways-of-working').fill('Yhteiset sähköiset lomakkeet kaikille palveluille.');
  await page.locator('#description-goals').fill('Lomakkeet käyttöön kolmessa kunnassa.');
  await page.locator('#description-significance').fill('Jokainen kunta tarvitsee lomakkeita.');
  await page.locator('#description-cost-potential').fill('Yhteinen hankinta halventaa.');
  await page.locator('#cost-estimate').fill('120 000');
  await page.locator('#description-risks').fill('Aikataulu venyy.');
  await page.getByRole('radio', { name: 'Ammennettu jo tehdystä kehittämistyöstä' }).check();
  await page.locator('#earlier-work').fill('Sähköinen asiointi 2018');
}

test('an initiative is kept through a reload and exported as a valid hakemus-initiative file; another browser names it in an interest', async () => {
  const a = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const b = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const page = await a.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(url('initiatives'));
    await waitForApp(page);
    await page.getByRole('heading', { name: 'Ehdotukset yhteishankkeiksi', level: 1 }).waitFor();
    assert.match(await page.locator('#phase-dates').textContent(), /viimeistään 5\.9\.2019\. Yhteinen työpaja 27\.9\.2019/);
    await page.getByRole('button', { name: 'Uusi ehdotus' }).click();
    await page.getByRole('heading', { name: 'Ehdotus yhteishankkeeksi', level: 1 }).waitFor();
    assert.match(page.url(), /\/initiatives\/initiative\/[0-9a-f-]{36}$/);
    // The deadline has passed: a warning that names the date.
    assert.match(await page.locator('#sent').textContent(), /päättyi 5\.9\.2019/);
    await writeInitiative(page);

    // Reload: everything typed is there.
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getByRole('textbox', { name: 'Ehdotuksen nimi' }).inputValue(), 'Yhteiset lomakkeet');
    assert.equal(await page.locator('#cost-estimate').inputValue(), '120 000');
    assert.equal(await page.getByRole('combobox', { name: 'Mukana oleva kunta 1' }).inputValue(), 'Iisalmi');
    assert.equal(await page.locator('#earlier-work').inputValue(), 'Sähköinen asiointi 2018');
    assert.ok(await page.locator('#targets-common-data-definitions').isChecked());

    // Checked: no errors, the late warning in the summary.
    await page.getByRole('button', { name: 'Tarkista ehdotus' }).click();
    const summary = page.locator('#error-summary');
    await summary.waitFor();
    assert.equal(await summary.getByRole('heading', { name: 'Korjaa seuraavat kohdat' }).count(), 0, await summary.textContent());

    const file = await download(page, page.getByRole('button', { name: 'Lataa ehdotus tiedostona' }));
    assert.match(path.basename(file), /^hakemus-initiative-yhteiset-lomakkeet-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    const valid = exportValidator('hakemus-initiative.schema.json');
    assert.ok(valid(exported), JSON.stringify(valid.errors));
    assert.equal(exported.initiative.title, 'Yhteiset lomakkeet');
    assert.equal(exported.initiative.descriptions.cost_estimate, '120000.00');
    assert.equal(exported.initiative.on_board[0].municipality, 'Iisalmi');
    assert.equal(exported.initiative.origin, 'earlier');

    // The home page lists it with its checks.
    await page.getByRole('link', { name: 'Takaisin ehdotuksiin' }).click();
    const row = page.locator('table.drafts tbody tr').filter({ hasText: 'Yhteiset lomakkeet' });
    await row.waitFor();
    assert.match(await row.textContent(), /Kiuruvesi/);
    assert.match(await row.textContent(), /0 virhettä, 1 huomio/);
    assert.deepEqual(errors, []);

    // Another municipality's browser: opens the file, names it in an interest.
    const other = await b.newPage();
    await other.goto(url('initiatives'));
    await waitForApp(other);
    const notOne = path.join(path.dirname(file), 'not-an-initiative.json');
    fs.writeFileSync(notOne, JSON.stringify({ format: 'hakemus-initiative', schema_version: 1, exported_at: '2019-09-01T10:00:00Z', initiative: { id: '', call: 'vm-2019-yhteishankkeet' } }));
    await other.locator('#received-file').setInputFiles([notOne]);
    await other.locator('#received-status').getByText(/Tiedostoa not-an-initiative\.json ei avattu: initiative\.id/).waitFor();
    await other.locator('#received-file').setInputFiles([file]);
    await other.locator('#received-status').getByText('Avattu: ”Yhteiset lomakkeet” (Kiuruvesi).').waitFor();
    assert.match(await other.locator('#received-list').textContent(), /Yhteiset lomakkeet \(Kiuruvesi\)/);
    await other.getByRole('button', { name: 'Uusi ilmoitus kiinnostuksesta' }).click();
    await other.getByRole('heading', { name: 'Ilmoitus kiinnostuksesta osallistua', level: 1 }).waitFor();
    await other.getByRole('combobox', { name: 'Kunta' }).fill('Sonkajärvi');
    await other.getByRole('textbox', { name: 'Yhteyshenkilö', exact: true }).fill('Pekka Virtanen');
    await other.getByRole('textbox', { name: 'Yhteyshenkilön puhelinnumero' }).fill('040 123 4567');
    await other.getByRole('checkbox', { name: 'Yhteiset lomakkeet (Kiuruvesi)' }).check();
    await other.getByRole('textbox', { name: 'Kunnan oma tarve' }).fill('Lomakkeet uusiksi.');
    await other.reload();
    await waitForApp(other);
    assert.ok(await other.getByRole('checkbox', { name: 'Yhteiset lomakkeet (Kiuruvesi)' }).isChecked());
    const interestFile = await download(other, other.getByRole('button', { name: 'Lataa ilmoitus tiedostona' }));
    const interest = JSON.parse(fs.readFileSync(interestFile, 'utf8'));
    const validInterest = exportValidator('hakemus-interest.schema.json');
    assert.ok(validInterest(interest), JSON.stringify(validInterest.errors));
    assert.deepEqual(interest.interest.initiatives, [{ initiative: exported.initiative.id, title: 'Yhteiset lomakkeet' }]);
    assert.equal(interest.interest.need, 'Lomakkeet uusiksi.');
  } finally {
    await a.close();
    await b.close();
  }
});

for (const [locale, home, initiative, interest, check] of [
  ['fi-FI', 'Ehdotukset yhteishankkeiksi', 'Ehdotus yhteishankkeeksi', 'Ilmoitus kiinnostuksesta osallistua', 'Tarkista ehdotus'],
  ['sv-SE', 'Förslag till gemensamma projekt', 'Förslag till gemensamt projekt', 'Anmälan om intresse att delta', 'Kontrollera förslaget'],
  ['en-GB', 'Initiatives for joint projects', 'Initiative for a joint project', 'Expression of interest in taking part', 'Check the initiative'],
]) {
  test(`the first phase's pages meet WCAG 2.1 AA in ${locale}, with the error summary and the messages shown`, async () => {
    const context = await env.browser.newContext({ locale });
    try {
      const page = await context.newPage();
      await page.goto(url('initiatives'));
      await waitForApp(page);
      await page.getByRole('heading', { name: home, level: 1 }).waitFor();
      let violations = await runAxe(page);
      assert.equal(violations.length, 0, formatViolations(violations));

      await page.locator('#new-initiative').click();
      await page.getByRole('heading', { name: initiative, level: 1 }).waitFor();
      await page.locator('#add-on-board').click();
      await page.locator('#contact-email').fill('x');
      await page.getByRole('button', { name: check }).click();
      await page.locator('#error-summary').waitFor();
      assert.ok((await page.locator('.field-error').count()) > 5);
      violations = await runAxe(page);
      assert.equal(violations.length, 0, formatViolations(violations));

      await page.goto(url('initiatives'));
      await waitForApp(page);
      await page.locator('#new-interest').click();
      await page.getByRole('heading', { name: interest, level: 1 }).waitFor();
      await page.locator('#check').click();
      await page.locator('#error-summary').waitFor();
      violations = await runAxe(page);
      assert.equal(violations.length, 0, formatViolations(violations));

      // The home page with both drafts listed and a removal to undo.
      await page.goto(url('initiatives'));
      await waitForApp(page);
      await page.locator('table.drafts').first().waitFor();
      await page.locator('table.drafts button').first().click();
      await page.locator('#undo-remove').waitFor();
      violations = await runAxe(page);
      assert.equal(violations.length, 0, formatViolations(violations));
    } finally {
      await context.close();
    }
  });
}

test('two tabs on one initiative: the idle tab follows the other, and a form left open does not bring back an initiative removed in another tab', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const a = await context.newPage();
    const errors = collectConsoleErrors(a);
    await a.goto(url('initiatives'));
    await waitForApp(a);
    await a.getByRole('button', { name: 'Uusi ehdotus' }).click();
    await a.getByRole('heading', { name: 'Ehdotus yhteishankkeeksi', level: 1 }).waitFor();
    const address = a.url();
    const b = await context.newPage();
    await b.goto(address);
    await waitForApp(b);
    await b.getByRole('heading', { name: 'Ehdotus yhteishankkeeksi', level: 1 }).waitFor();

    // A writes the goals; B, idle, follows; B then writes the title: both are kept.
    await a.locator('#description-goals').fill('Lomakkeet käyttöön kolmessa kunnassa.');
    await b.locator('#followed').getByText('Toisella välilehdellä tehdyt muutokset').waitFor();
    assert.equal(await b.locator('#description-goals').inputValue(), 'Lomakkeet käyttöön kolmessa kunnassa.');
    await b.getByRole('textbox', { name: 'Ehdotuksen nimi' }).fill('Yhteiset lomakkeet');
    await a.reload();
    await waitForApp(a);
    assert.equal(await a.getByRole('textbox', { name: 'Ehdotuksen nimi' }).inputValue(), 'Yhteiset lomakkeet');
    assert.equal(await a.locator('#description-goals').inputValue(), 'Lomakkeet käyttöön kolmessa kunnassa.');

    // A removes it on the home page; B's form left open does not bring it back, and says so.
    await a.goto(url('initiatives'));
    await waitForApp(a);
    await a.getByRole('button', { name: /^Poista/ }).click();
    await b.locator('#clash').getByText('poistettiin toisella välilehdellä').waitFor();
    const violations = await runAxe(b);
    assert.equal(violations.length, 0, formatViolations(violations));
    await b.locator('#description-risks').fill('Aikataulu venyy.');
    await a.reload();
    await waitForApp(a);
    assert.match(await a.locator('main').textContent(), /Ei vielä ehdotuksia/);
    await b.getByRole('button', { name: 'Pidä luonnos uutena' }).click();
    await a.reload();
    await waitForApp(a);
    await a.getByRole('link', { name: 'Yhteiset lomakkeet' }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
