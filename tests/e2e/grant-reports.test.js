'use strict';
// The grant's reporting pages (grant.html: /grant/<id>/reports, /claims, /final, /settlement) meet
// WCAG 2.1 AA in Finnish, Swedish and English: each page as it opens, and with its findings shown
// (next to the fields and in the summary) after asking to save a file that is not complete. The
// project is Kiuruvesi's, opened from the decision (`openGrant`, tests/fixtures/grant/).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, formatViolations, openGrant, runAxe, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const url = (p) => new URL(p, env.server.url).href;
const fixture = (name) => path.join(REPO_ROOT, 'tests/fixtures/grant', name);

for (const [locale, titles] of [
  ['fi-FI', { reports: 'Väliraportit', claims: 'Maksatushakemukset', final: 'Loppuraportti', settlement: 'Avustuksen lopullinen laskelma' }],
  ['sv-SE', { reports: 'Mellanrapporter', claims: 'Utbetalningsansökningar', final: 'Slutrapport', settlement: 'Slutlig kalkyl över understödet' }],
  ['en-GB', { reports: 'Interim reports', claims: 'Payment claims', final: 'Final report', settlement: 'The settlement of the grant' }],
]) {
  test(`the reports, claims, final report and settlement meet WCAG 2.1 AA in ${locale}`, async () => {
    const context = await env.browser.newContext({ locale });
    try {
      const page = await context.newPage();
      const errors = collectConsoleErrors(page);
      const clean = async () => {
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, formatViolations(violations));
      };
      const open = async (link, title) => {
        await page.locator(`#${link}`).click();
        await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      };
      const back = async () => {
        await page.goBack();
        await page.locator('#project-name').waitFor();
      };
      await page.goto(url('grant'));
      await waitForApp(page);
      await openGrant(page);
      // The overview links to every page and says what may be claimed and what was sent.
      await page.locator('#grant-claim-due').waitFor();
      await clean();

      // Interim reports: the periods, a report started, its figures and chart, then its findings.
      await open('reports-link', titles.reports);
      assert.equal(await page.locator('#report-periods tbody tr').count(), 6);
      await clean();
      await page.locator('[id^="period-"][id$="-start-report"]').first().click();
      const chart = page.locator('svg[role="img"][id$="-chart-category"]');
      await chart.waitFor();
      assert.equal(await page.locator('svg[role="img"]').count(), 2);
      await page.locator('[id^="report-"][id$="-save"]').first().click();
      await page.locator('#grant-summary').waitFor();
      assert.ok((await page.locator('#grant-summary li').count()) >= 2, 'the progress and impacts are asked for');
      await clean();
      await back();

      // Payment claims: one added, asked to be saved without its day.
      await open('claims-link', titles.claims);
      await page.locator('#no-claims').waitFor();
      await clean();
      await page.locator('#add-claim').click();
      await page.locator('[id^="claim-"][id$="-may"]').waitFor();
      await page.locator('[id^="claim-"][id$="-save"]').first().click();
      await page.locator('#grant-summary li').first().waitFor();
      await page.locator('[id^="claim-"][id$="-until-messages"] .field-error').waitFor();
      await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'grant-summary');
      await clean();
      await back();

      // The final report: asked to be saved empty; then a file that is not a PDF is refused.
      await open('final-link', titles.final);
      await clean();
      await page.locator('#final-save').click();
      await page.locator('#grant-summary li').first().waitFor();
      await page.locator('#final-impact-messages .field-error').waitFor();
      await page.locator('#final-auditor-statement').setInputFiles(fixture('kiuruvesi-decision.json'));
      await page.locator('#final-statement-refused').waitFor();
      await clean();
      await back();

      // The settlement, and its print view.
      await open('settlement-link', titles.settlement);
      await page.locator('#settlement-final').waitFor();
      await clean();
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('#settlement-print').isVisible(), false);
      assert.equal(await page.locator('#settlement-final').isVisible(), true);
      await page.emulateMedia({ media: 'screen' });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('a payment claim is saved as its file, with what it may ask for, and the overview says it was sent', async () => {
  const fs = require('node:fs');
  const os = require('node:os');
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(url('grant'));
    await waitForApp(page);
    await openGrant(page);
    await page.locator('#claims-link').click();
    await page.locator('#add-claim').click();
    const until = page.locator('[id^="claim-"][id$="-until"]').first();
    await until.fill('31.12.2020');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[id^="claim-"][id$="-save"]').first().click(),
    ]);
    const to = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-claim-')), file.suggestedFilename());
    await file.saveAs(to);
    const claim = JSON.parse(fs.readFileSync(to, 'utf8'));
    assert.equal(claim.format, 'hakemus-payment-claim');
    assert.equal(claim.claim.until, '2020-12-31');
    // No entries yet: nothing may be claimed.
    assert.equal(claim.figures.may_claim, '0.00');
    await page.locator('[id^="claim-"][id$="-status"]').getByText(file.suggestedFilename()).waitFor();
    await page.locator('[id^="claim-"][id$="-sent"]').getByText(/^Tiedosto tehty lähetettäväksi: /).waitFor();
    await page.goBack();
    await page.locator('#grant-sent').getByText(/^Maksatushakemus 1: /).waitFor();
  } finally {
    await context.close();
  }
});
