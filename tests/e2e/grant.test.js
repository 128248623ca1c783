'use strict';
// The grant's pages (grant.html, /grant and below): the lead opens Kiuruvesi's application with the
// decision that granted it (the files of tests/fixtures/grant/, written by tests/grant_open.rs) and
// sees the granted project — enintään 181 500,00 €, its group's conditions, the periods every four
// months from 1.3.2020, the final report by 30.11.2021 — kept through a reload; types entries into
// the accounts and sees the totals; a decision of another application is refused with the reason;
// the drafts page leads here; the accounting system's CSV (Windows-1252) is previewed and
// imported, and a file with an unreadable row is refused whole; every page meets WCAG 2.1 AA in
// Finnish, Swedish and English.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, formatViolations, openGrant, runAxe, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const url = (p) => new URL(p, env.server.url).href;
const fixture = (name) => path.join(REPO_ROOT, 'tests/fixtures/grant', name);
const NBSP = '\u00a0';

/** A CSV as a Finnish accounting system writes it, in Windows-1252 (ä is 0xE4), its row 3 unreadable. */
const BAD_CSV = {
  name: 'huono.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    'Päivämäärä;Tosite;Selite;Summa (veroton);ALV\r\n2.3.2020;T1;Palkka;100,00;\r\n31.2.2020;T2;Matka;12,5O;\r\n',
    'latin1',
  ),
};

test('the decision opens the granted project, kept through a reload; entries typed are summed and kept', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    // The drafts page leads to the grant's pages, under its header (another bundle: a page load).
    await page.goto(url('drafts'));
    await waitForApp(page);
    await page.getByRole('link', { name: 'Avustetut hankkeet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Avustetut hankkeet' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/grant');
    await waitForApp(page);
    await page.getByText('Tähän selaimeen ei ole vielä avattu avustettuja hankkeita.').waitFor();

    await openGrant(page);
    const name = 'Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun kuntien yhteistyönä';
    await page.getByRole('heading', { level: 1, name }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/grant\/[0-9a-f-]{36}$/);
    const facts = async () => ({
      lead: await page.locator('#grant-lead').textContent(),
      amount: await page.locator('#grant-amount').textContent(),
      group: await page.locator('#grant-group').textContent(),
      decided: await page.locator('#grant-decided-on').textContent(),
      period: await page.locator('#grant-period').textContent(),
      final: await page.locator('#grant-final-due').textContent(),
    });
    const expected = {
      lead: 'Kiuruvesi',
      amount: `enintään 181${NBSP}500,00${NBSP}€`,
      group: 'Sähköisen asioinnin, viestinnän ja osallisuuden hankkeet',
      decided: '26.2.2020',
      period: '1.3.2020–30.11.2021',
      final: '30.11.2021',
    };
    assert.deepEqual(await facts(), expected);
    assert.match(await page.locator('#grant-group-conditions').textContent(), /^Valtiovarainministeriön myöntämän avustuksen ehtona/);
    assert.match(await page.locator('#grant-next').textContent(), /^Väliraportti kaudelta 1\.3\.2020–30\.6\.2020/);
    const rows = await page.locator('#grant-periods tbody tr').allTextContents();
    assert.equal(rows.length, 6);
    assert.match(rows[5], /^61\.11\.202130\.11\.2021/);

    // Kept in this browser: the same after a reload.
    await page.reload();
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    assert.deepEqual(await facts(), expected);

    // The accounts: two entries typed, the totals exact to the cent.
    await page.getByRole('link', { name: 'Projektikirjanpito' }).click();
    await page.getByRole('heading', { level: 1, name: 'Projektikirjanpito' }).waitFor();
    await page.getByRole('button', { name: 'Lisää kirjaus' }).click();
    await page.getByRole('textbox', { name: 'Päivämäärä Kirjaus 1' }).fill('15.3.2020');
    await page.getByRole('textbox', { name: 'Tosite Kirjaus 1' }).fill('KP-101');
    await page.getByRole('combobox', { name: 'Kustannuslaji Kirjaus 1' }).selectOption({ label: 'Henkilöstökustannukset' });
    await page.getByRole('combobox', { name: 'Kustannuksen kantaja Kirjaus 1' }).selectOption({ label: 'Kiuruvesi' });
    await page.getByRole('textbox', { name: 'Summa ilman arvonlisäveroa (€) Kirjaus 1' }).fill('4 500,25');
    await page.getByRole('button', { name: 'Lisää kirjaus' }).click();
    await page.getByRole('textbox', { name: 'Kuvaus Kirjaus 2' }).fill('Lomakealustan lisenssi');
    await page.getByRole('textbox', { name: 'Summa ilman arvonlisäveroa (€) Kirjaus 2' }).fill('1 200,50');
    await page.getByRole('textbox', { name: 'Arvonlisävero (€) Kirjaus 2' }).fill('288,12');
    assert.equal(await page.locator('#ledger-count').textContent(), '2');
    assert.equal(await page.locator('#ledger-net').textContent(), `5${NBSP}700,75${NBSP}€`);
    assert.equal(await page.locator('#ledger-vat').textContent(), `288,12${NBSP}€`);
    await page.locator('#save-status').getByText(/^Tallennettu/).waitFor();

    await page.reload();
    await waitForApp(page);
    await page.getByRole('textbox', { name: 'Tosite Kirjaus 1' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Tosite Kirjaus 1' }).inputValue(), 'KP-101');
    assert.equal(await page.getByRole('textbox', { name: 'Summa ilman arvonlisäveroa (€) Kirjaus 2' }).inputValue(), '1 200,50');
    assert.equal(await page.locator('#ledger-net').textContent(), `5${NBSP}700,75${NBSP}€`);

    // Removed with undo.
    await page.getByRole('button', { name: 'Poista kirjaus 1' }).click();
    assert.equal(await page.locator('#ledger-net').textContent(), `1${NBSP}200,50${NBSP}€`);
    await page.getByRole('button', { name: 'Peru poisto' }).click();
    assert.equal(await page.locator('#ledger-net').textContent(), `5${NBSP}700,75${NBSP}€`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a decision of another application is refused with the reason, and nothing is stored', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    await page.goto(url('grant'));
    await waitForApp(page);
    await openGrant(page, null, { decision: 'other-decision.json', opened: false });
    const said = 'Hanketta ei avattu: päätöstiedostossa ei ole tätä hakemusta.';
    await page.locator('#error-summary').getByText(said, { exact: false }).waitFor();
    assert.match(await page.locator('#grant-decision-file-msg').textContent(), new RegExp(said));
    assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary');
    assert.equal(new URL(page.url()).pathname, '/grant');
    await page.reload();
    await waitForApp(page);
    await page.getByText('Tähän selaimeen ei ole vielä avattu avustettuja hankkeita.').waitFor();
  } finally {
    await context.close();
  }
});

test("the accounting system's CSV is previewed as read and imported whole; a file with an unreadable row is refused whole", async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(url('grant'));
    await waitForApp(page);
    await openGrant(page);
    await page.locator('#ledger-link').click();
    await page.getByRole('heading', { level: 2, name: 'Tuo kirjanpidosta (CSV)' }).waitFor();

    // Refused whole: the row named with its line and reasons, focus on the summary, nothing imported.
    await page.locator('#csv-file').setInputFiles(BAD_CSV);
    await page.locator('#csv-preview').getByText('Päivämäärä').waitFor();
    await page.getByRole('button', { name: 'Tuo kirjaukset' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'csv-summary');
    assert.match(
      await page.locator('#csv-summary').textContent(),
      /Rivi 3: ”31\.2\.2020” ei ole päivämäärä; Summa ilman arvonlisäveroa \(€\): ”12,5O” ei ole rahamäärä\./,
    );
    assert.equal(await page.locator('#ledger-count').textContent(), '0');

    // The sample export: Windows-1252, its ä right, the guess preselected, all seven rows imported.
    await page.locator('#csv-file').setInputFiles(fixture('kirjanpito-kiuruvesi.csv'));
    await page.locator('#csv-preview').getByText('Henkilöstökustannukset').first().waitFor();
    assert.equal(await page.locator('#csv-encoding').textContent(), 'Windows-1252 (Latin-1)');
    assert.equal(await page.locator('#csv-delimiter').textContent(), 'puolipiste (;)');
    assert.equal(await page.getByLabel('Summa ilman arvonlisäveroa (€)', { exact: true }).locator('option:checked').textContent(), 'Summa (veroton)');
    await page.getByRole('button', { name: 'Tuo kirjaukset' }).click();
    await page.locator('#csv-status').getByText('Tuotiin 7 kirjausta kirjanpitoon.').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'csv-status');
    assert.equal(await page.locator('#ledger-count').textContent(), '7');
    assert.equal(
      await page.getByRole('textbox', { name: 'Kuvaus Kirjaus 1' }).inputValue(),
      'Projektipäällikön palkka sivukuluineen, helmikuu',
    );
    // The first row is from before the project's start: kept, marked, out of the eligible sum.
    await page.locator('#ledger-body tr.not-eligible').first().getByText('ei hyväksyttävä').waitFor();
    await page.locator('#save-status').getByText(/^Tallennettu/).waitFor();
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator('#ledger-count').textContent(), '7');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

for (const [locale, home, ledger, add] of [
  ['fi-FI', 'Avustetut hankkeet', 'Projektikirjanpito', 'Lisää kirjaus'],
  ['sv-SE', 'Beviljade projekt', 'Projektbokföring', 'Lägg till en bokföring'],
  ['en-GB', 'Granted projects', 'Project accounts', 'Add an entry'],
]) {
  test(`the grant's pages meet WCAG 2.1 AA in ${locale}, with the error summary, the overview, the accounts and an undo`, async () => {
    const context = await env.browser.newContext({ locale });
    try {
      const page = await context.newPage();
      const clean = async () => {
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, formatViolations(violations));
      };
      await page.goto(url('grant'));
      await waitForApp(page);
      await page.getByRole('heading', { name: home, level: 1 }).waitFor();
      await clean();
      // Nothing chosen: the error summary and the messages next to the files.
      await page.locator('#open-grant').click();
      await page.locator('#error-summary').waitFor();
      assert.equal(await page.locator('.field-error').count(), 2);
      await clean();

      await openGrant(page);
      await page.locator('#project-name').waitFor();
      await clean();

      await page.locator('#ledger-link').click();
      await page.getByRole('heading', { name: ledger, level: 1 }).waitFor();
      await page.getByRole('button', { name: add }).click();
      await page.getByRole('button', { name: add }).click();
      await page.locator('#ledger-body tr').nth(1).waitFor();
      await clean();
      await page.locator('#ledger-body button').first().click();
      await page.locator('#undo-remove').waitFor();
      await clean();
      // The check's summary, the CSV's preview with the mapping, and a refusal.
      await page.locator('#check-entries').click();
      await page.locator('#ledger-summary').waitFor();
      await clean();
      await page.locator('#csv-file').setInputFiles(BAD_CSV);
      await page.locator('#csv-import').waitFor();
      await clean();
      await page.locator('#csv-import').click();
      await page.locator('#csv-import-readable').waitFor();
      await clean();

      // The home page with the project listed, and a removal to undo.
      await page.locator(`header a[href="/grant"]`).click();
      await page.locator('table.grants tbody tr').waitFor();
      await clean();
      await page.locator('table.grants button').first().click();
      await page.locator('#undo-remove').waitFor();
      await clean();
    } finally {
      await context.close();
    }
  });
}
