'use strict';
// The ministry's follow-up (follow-up.html, /follow-up): the reviewer's app leads to it; the ministry
// chooses Kiuruvesi's decision (tests/fixtures/grant/) with the grantee's interim report and two
// payment claims (tests/fixtures/follow-up/, written by tests/follow_up.rs from the project the
// decision granted) at once, sees the grant's row and the programme's totals to the cent, kept
// through a reload; a file that is none of them and the same claim again are refused with the
// reason next to the input and in the error summary; the page meets WCAG 2.1 AA in Finnish,
// Swedish and English.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, formatViolations, runAxe, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const url = (p) => new URL(p, env.server.url).href;
const decision = path.join(REPO_ROOT, 'tests/fixtures/grant/kiuruvesi-decision.json');
const application = path.join(REPO_ROOT, 'tests/fixtures/grant/kiuruvesi-application.json');
const report = (name) => path.join(REPO_ROOT, 'tests/fixtures/follow-up', name);
const REPORTS = ['kiuruvesi-interim-report-1.json', 'kiuruvesi-payment-claim-1.json', 'kiuruvesi-payment-claim-2.json'].map(report);
const FOLLOW_UP = report('hakemus-follow-up.json');
const CHANGE_REQUEST = path.join(REPO_ROOT, 'tests/fixtures/grant/examples/hakemus-change-request.json');
const NAME = 'Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun kuntien yhteistyönä';

/** The grants' table as the user reads it: each row's cells, spaces plain. */
async function rows(page) {
  return page.locator('#grants tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.replace(/\u00a0/g, ' '))),
  );
}

const plain = async (page, id) => (await page.locator(`#${id}`).textContent()).replace(/\u00a0/g, ' ');

test("the decision and the grantee's reports make the grant's row and the programme's totals, kept through a reload", async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    // The reviewer's app leads here (another bundle: a page load), and this app back.
    await page.goto(url('reviewer'));
    await waitForApp(page);
    await page.getByRole('link', { name: 'Avustusten seuranta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Avustusten seuranta' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/follow-up');
    await waitForApp(page);
    await page.getByText('Seurattavia avustuksia ei vielä ole.', { exact: false }).waitFor();

    await page.getByLabel('Päätös- ja raporttitiedostot').setInputFiles([decision, ...REPORTS, application]);
    await page.locator('#file-outcomes li').nth(4).waitFor();
    const outcomes = await page.locator('#file-outcomes').textContent();
    assert.match(outcomes, /kiuruvesi-decision\.json: päätöksestä lisättiin seurantaan 1 avustus\./);
    assert.match(outcomes, /kiuruvesi-payment-claim-2\.json: vastaanotettu: maksatushakemus, Sähköiset lomakkeet/);
    assert.match(outcomes, /kiuruvesi-application\.json ei otettu vastaan: tiedosto ei ole avustuspäätös/);
    await page.locator('#error-summary').getByRole('link', { name: /kiuruvesi-application\.json/ }).waitFor();

    // G 181 500,00 €; claimed 60 000,00 + 70 000,00 = 130 000,00 €; nothing paid by the ministry
    // yet; one interim report of six periods (1.3.2020–30.11.2021, every four months); no final
    // report after 30.11.2021.
    const row = [NAME, 'Kiuruvesi', '181 500,00 €', '130 000,00 €', '0,00 €', '181 500,00 €', '1 / 6', 'loppuraportti'];
    assert.deepEqual(await rows(page), [row]);
    // 30 000 000,00 € − 181 500,00 € = 29 818 500,00 € not granted.
    assert.equal(await plain(page, 'total-appropriation'), '30 000 000,00 €');
    assert.equal(await plain(page, 'total-granted'), '181 500,00 €');
    assert.equal(await plain(page, 'total-committed'), '181 500,00 €');
    assert.equal(await plain(page, 'total-not-granted'), '29 818 500,00 €');

    // The same claim again: refused; the figures stay.
    await page.getByLabel('Päätös- ja raporttitiedostot').setInputFiles([REPORTS[1]]);
    await page.locator('#file-outcomes').getByText(/sama tiedosto on jo vastaanotettu/).waitFor();
    assert.deepEqual(await rows(page), [row]);

    await page.locator('#save-status').getByText(/^Tallennettu/).waitFor();
    await page.reload();
    await waitForApp(page);
    await page.locator('#grants tbody tr').first().waitFor();
    assert.deepEqual(await rows(page), [row]);
    await page.getByRole('link', { name: 'Arvioijan näkymä' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Arvioijan näkymä' }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

for (const [locale, home, files] of [
  ['fi-FI', 'Avustusten seuranta', 'Päätös- ja raporttitiedostot'],
  ['sv-SE', 'Uppföljning av understöden', 'Besluts- och rapportfiler'],
  ['en-GB', 'Following up the grants', 'Decision and report files'],
]) {
  test(`the follow-up's home page meets WCAG 2.1 AA in ${locale}, empty, with the grants and with a refusal`, async () => {
    const context = await env.browser.newContext({ locale });
    try {
      const page = await context.newPage();
      const clean = async () => {
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, formatViolations(violations));
      };
      await page.goto(url('follow-up'));
      await waitForApp(page);
      await page.getByRole('heading', { name: home, level: 1 }).waitFor();
      await clean();
      await page.getByLabel(files).setInputFiles([decision, ...REPORTS, application]);
      await page.locator('#file-outcomes li').nth(4).waitFor();
      await page.locator('#error-summary').waitFor();
      await page.locator('#grants tbody tr').first().waitFor();
      await clean();
    } finally {
      await context.close();
    }
  });
}

// The follow-up's other pages (issue 31): a grant's page, with an entry left out without a reason
// and the check pressed, and a report's completion request written empty; its settlement decision
// to print; the payment list; a change request being decided, saved undecided. Each meets WCAG 2.1
// AA in Finnish, Swedish and English.
for (const [locale, home] of [
  ['fi-FI', 'Avustusten seuranta'],
  ['sv-SE', 'Uppföljning av understöden'],
  ['en-GB', 'Following up the grants'],
]) {
  test(`the follow-up's grant, settlement, payment list and change request pages meet WCAG 2.1 AA in ${locale}`, async () => {
    const context = await env.browser.newContext({ locale });
    try {
      const page = await context.newPage();
      const errors = collectConsoleErrors(page);
      const clean = async (where) => {
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, `${where}:\n${formatViolations(violations)}`);
      };
      await page.goto(url('follow-up'));
      await waitForApp(page);
      await page.getByRole('heading', { name: home, level: 1 }).waitFor();
      await page.locator('#follow-up-file').setInputFiles(FOLLOW_UP);
      await page.locator('#grants tbody tr a').first().waitFor();
      await page.locator('#grants tbody tr a').first().click();
      await page.locator('#grant-granted').waitFor();
      await clean('the grant page');
      // An entry of the final report left out without a reason, then the page checked.
      await page.locator('input[type=radio][id$="-leave-out"]').first().check();
      await page.locator('#check-follow-up').click();
      await page.locator('#error-summary').waitFor();
      await clean('the grant page with an error');
      // A check asks for completion: the request's form, downloaded empty: its own summary.
      await page.locator('input[type=radio][id$="-verdict-completion-requested"]').first().check();
      const completion = page.locator('section.completion-form').first();
      await completion.waitFor();
      await completion.locator('button[id$="-download"]').click();
      await completion.locator('[id$="-summary"]').first().waitFor();
      await clean('the completion request with its errors');
      await page.locator('#settlement-print-link').click();
      await page.locator('#settlement-print').waitFor();
      await clean('the settlement decision to print');
      await page.goto(url('follow-up/payments'));
      await waitForApp(page);
      await page.locator('#payments, #payments-empty').first().waitFor();
      await clean('the payment list');
      await page.goto(url('follow-up/changes'));
      await waitForApp(page);
      await page.locator('#change-request-file').setInputFiles(CHANGE_REQUEST);
      const save = page.locator('button[id^="deciding-"][id$="-save"]').first();
      await save.waitFor();
      await save.click();
      await page.locator('#error-summary').waitFor();
      await clean('a change request saved undecided');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
