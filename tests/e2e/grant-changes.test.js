'use strict';
// Changes during the project (issue 31, docs/rules.md §12.2) on the grant's app: the lead of
// Kiuruvesi's granted project asks for a later end (31.3.2022, after the call's 30.11.2021: a
// warning next to the field) and, without a reason, is told so next to the field and in the
// summary; with the reason the hakemus-change-request file is saved. The ministry's decision of
// another project is refused with the reason; its decision of this request is taken in, the part's
// outcome shown and the later end in force. The page meets WCAG 2.1 AA in Finnish, Swedish and
// English at every step.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { collectConsoleErrors, download, formatViolations, openGrant, runAxe, withBrowser } = require('./support.js');

const env = withBrowser();

for (const locale of ['fi-FI', 'sv-SE', 'en-GB']) {
  test(`a change request and the ministry's decision on it meet WCAG 2.1 AA (${locale})`, async () => {
    const context = await env.browser.newContext({ locale, acceptDownloads: true });
    try {
      const page = await context.newPage();
      const errors = collectConsoleErrors(page);
      const clean = async () => {
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, formatViolations(violations));
      };
      await openGrant(page, env.server.url);
      await page.locator('#changes-link').click();
      await page.locator('#add-change').waitFor();
      await page.locator('#plan-unchanged').waitFor();
      await clean();

      await page.locator('#add-change').click();
      const part = page.locator('fieldset.change-part').first();
      await part.waitFor();
      const partId = await part.getAttribute('id'); // change-<request>-part-<part>
      const [, requestId, , partNumber] = partId.split('-');
      await page.locator(`#${partId}-end`).fill('31.3.2022');
      await page.locator(`#${partId}-reason`).focus();
      await page.locator(`#${partId}-end-messages .field-warning`).waitFor();
      await page.locator(`#change-${requestId}-save`).click();
      await page.locator('#change-summary').waitFor();
      await page.locator(`#${partId}-reason-messages .field-error`).waitFor();
      await clean();

      await page.locator(`#${partId}-reason`).fill('Toimitus viivästyi.');
      const file = await download(page, page.locator(`#change-${requestId}-save`));
      const request = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.equal(request.format, 'hakemus-change-request');
      assert.equal(request.request_id, Number(requestId));
      assert.deepEqual(
        request.parts.map((p) => [p.id, p.kind, p.end]),
        [[Number(partNumber), 'end-date', '2022-03-31']],
      );
      const outcome = page.locator(`#change-${requestId}-part-${partNumber}-outcome`);
      await outcome.waitFor();
      await clean();

      // The ministry's decision, as its file: of another project (refused), then of this one.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-change-'));
      const decision = (projectId) => ({
        format: 'hakemus-change-decision',
        schema_version: 1,
        exported_at: '2021-09-20T12:00:00Z',
        project_id: projectId,
        request_id: request.request_id,
        decision: {
          decided_on: '2021-09-20',
          decider: 'Maija Virtanen',
          parts: [{ part: Number(partNumber), outcome: 'accepted', reason: 'Viive on perusteltu.' }],
        },
      });
      const other = path.join(dir, 'toinen.json');
      fs.writeFileSync(other, JSON.stringify(decision('toinen')));
      await page.locator('#change-decision-file').setInputFiles(other);
      await page.locator('#change-decision-result.error-summary').waitFor();
      await page.locator('#plan-unchanged').waitFor();
      await clean();

      const ours = path.join(dir, 'paatos.json');
      fs.writeFileSync(ours, JSON.stringify(decision(request.project.id)));
      await page.locator('#change-decision-file').setInputFiles(ours);
      await page.locator('#change-decision-result.banner').waitFor();
      await page.locator('#plan-applied').waitFor();
      await page.locator(`#change-${requestId}-part-${partNumber}-decision-reason`).getByText('Viive on perusteltu.').waitFor();
      assert.match(await page.locator('#plan-end').textContent(), /2022/);
      await clean();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
