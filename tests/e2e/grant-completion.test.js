'use strict';
// The lead's completion requests page (issue 31, docs/rules.md §12.4.1) on the grant's app meets
// WCAG 2.1 AA in Finnish, Swedish and English at each step: empty; a request opened (the committed
// example, named to this project); a question left empty and its warning; the answer asked to be
// saved while the report asked about is not in the project — the summary with its error, and no
// file. The whole way from the ministry's request to the completed report checked again is
// ministry-follow-up.test.js's.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, formatViolations, openGrant, runAxe, withBrowser } = require('./support.js');

const env = withBrowser();
const EXAMPLE = path.join(REPO_ROOT, 'tests/fixtures/completion/hakemus-completion-request.json');

for (const [locale, missing] of [
  ['fi-FI', /Hankkeessa ei ole raporttia/],
  ['sv-SE', /Projektet har ingen rapport/],
  ['en-GB', /The project has no report/],
]) {
  test(`the lead's completion request page meets WCAG 2.1 AA (${locale})`, async () => {
    const context = await env.browser.newContext({ locale, acceptDownloads: true });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'completion-'));
    try {
      const page = await context.newPage();
      const errors = collectConsoleErrors(page);
      const clean = async (where) => {
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, `${where}:\n${formatViolations(violations)}`);
      };
      await openGrant(page, env.server.url);
      const project = new URL(page.url()).pathname.split('/')[2];
      await page.locator('#completion-link').click();
      await page.locator('#no-completions').waitFor();
      await clean('the page without requests');

      // The committed example, asking about this project (its own id is the example's).
      const request = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
      request.request.grant.project_id = project;
      const file = path.join(dir, 'hakemus-completion-request.json');
      fs.writeFileSync(file, JSON.stringify(request, null, 2));
      await page.locator('#completion-file').setInputFiles(file);
      const section = page.locator('section.completion').first();
      await section.waitFor();
      const row = await section.getAttribute('id');
      await page.locator('#completion-file-result.banner').waitFor();
      await clean('a request opened');

      await page.locator(`#${row}-answer-1`).focus();
      await page.locator(`#${row}-answer-1`).blur();
      await page.locator(`#${row}-answer-1-messages .field-warning`).waitFor();
      await clean('a question left empty');

      const downloads = [];
      page.on('download', (d) => downloads.push(d));
      await page.locator(`#${row}-save`).click();
      await page.locator(`#${row}-summary`).getByText(missing).waitFor();
      assert.match(await page.locator(`#${row}-report-messages`).textContent(), missing);
      assert.equal(await page.evaluate(() => document.activeElement.id), `${row}-summary`);
      await clean('the answer with its error');
      assert.equal(downloads.length, 0, 'no file while the report asked about is missing');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
