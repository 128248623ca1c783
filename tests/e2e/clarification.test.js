'use strict';
// Further clarification of a deferred application (issue 31, docs/rules.md §12.1), in two browsers:
// the ministry defers an application, writes a request for further clarification and saves its
// file; the lead (another browser) opens it on the drafts page, revises the budget in the drafter,
// answers the question and saves the clarification; the ministry reads the answer and sees the
// budget's change field by field with both fingerprints, the request listed as answered. Axe on the
// ministry's new pages in Finnish, Swedish and English.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, formatViolations, runAxe, savedWith, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const COMPLETE = path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json');
const at = (p) => new URL(p, env.server.url).href;
const nbsp = (s) => (s || '').replace(/\u00a0/g, ' ');

async function expectAccessible(page, where) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `${where}:\n${formatViolations(violations)}`);
}

/** Axe on the page in each language, back in Finnish at the end. */
async function accessibleInEveryLanguage(page, where, headings) {
  for (const [lang, heading] of headings) {
    await page.locator('#lang').selectOption(lang);
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    await expectAccessible(page, `${where} (${lang})`);
  }
  await page.locator('#lang').selectOption('fi');
}

test('the ministry asks a deferred application for clarification, the lead answers, the ministry reads the change', async () => {
  const ministry = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const lead = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const page = await ministry.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(at('reviewer'));
    await waitForApp(page);
    await page.locator('#reviewer-files').setInputFiles([COMPLETE]);
    await page.waitForFunction(() => document.querySelectorAll('#applications tbody tr').length === 1);
    await page.locator('#to-proposal').click();
    await page.locator('#proposal tbody tr').first().waitFor();
    await page.locator('#proposal tbody tr').first().getByLabel('Esitys').selectOption('defer');
    const deferred = page.locator('#deferred');
    await deferred.waitFor();
    assert.match(await deferred.textContent(), /ei pyydetty/);

    // The request: errors first, then written and saved as a file.
    await deferred.getByRole('link', { name: /Kirjoita lisäselvityspyyntö/ }).click();
    await page.locator('#save-request').waitFor();
    await page.locator('#save-request').click();
    await page.locator('#request-summary').waitFor();
    assert.match(await page.locator('#request-summary').textContent(), /Anna määräaika/);
    await accessibleInEveryLanguage(page, 'the request page with its errors', [
      ['fi', 'Lisäselvityspyyntö'],
      ['sv', 'Begäran om tilläggsutredning'],
      ['en', 'Request for further clarification'],
    ]);
    await page.getByLabel('Kysymys 1').fill('Perustelkaa ohjelmistolisenssien tarve.');
    await page.getByLabel('Talousarvio').check();
    await page.locator('#request-deadline').fill('30.4.2099');
    const [requestFile] = await Promise.all([page.waitForEvent('download'), page.locator('#save-request').click()]);
    assert.match(requestFile.suggestedFilename(), /^hakemus-clarification-request-.*-2099-04-30\.json$/);
    const requestPath = await requestFile.path();
    await expectAccessible(page, 'the request page saved');

    // Listed as sent, with its deadline.
    await page.getByRole('link', { name: 'Rahoitusesitys' }).first().click();
    await page.locator('#deferred').getByRole('link', { name: 'Lisäselvitykset' }).click();
    const list = page.locator('#clarifications');
    await list.waitFor();
    assert.match(await list.textContent(), /Lähetetty/);
    assert.match(await list.textContent(), /30\.4\.2099/);
    await accessibleInEveryLanguage(page, 'the list of clarifications', [
      ['fi', 'Lisäselvitykset'],
      ['sv', 'Tilläggsutredningar'],
      ['en', 'Further clarifications'],
    ]);

    // The lead, in another browser: the request opens as a draft, the budget revised, answered.
    const drafts = await lead.newPage();
    const leadErrors = collectConsoleErrors(drafts);
    await drafts.goto(at('drafts'));
    await waitForApp(drafts);
    await drafts.locator('#import-file').setInputFiles(requestPath);
    await drafts.locator('#save-clarification').waitFor();
    await drafts.locator('#answer-1').fill('Lisenssit ovat välttämättömiä.');
    await drafts.goto(at('budget'));
    await waitForApp(drafts);
    const amount = drafts.getByRole('textbox', { name: 'Summa (€) Rivi 1' });
    await amount.fill('200 000,00');
    await amount.press('Tab');
    await savedWith(drafts, '200 000,00');
    await drafts.goto(at('clarification'));
    await drafts.locator('#save-clarification').waitFor();
    const [answerFile] = await Promise.all([
      drafts.waitForEvent('download'),
      drafts.locator('#save-clarification').click(),
    ]);
    const answerPath = await answerFile.path();

    // The ministry reads the answer: the budget's change, both fingerprints, answered.
    await page.locator('#open-answer').setInputFiles(answerPath);
    await page.locator('#answer-received').filter({ hasText: 'Sähköiset lomakkeet' }).waitFor();
    const shown = page.locator('.clarification-answer');
    await shown.waitFor();
    const said = nbsp(await shown.textContent());
    assert.match(said, /Lisenssit ovat välttämättömiä\./);
    assert.match(said, /200 000,00/);
    assert.equal(await shown.locator('tr.outside').count(), 0, 'only the budget changed');
    assert.notEqual(await shown.locator('code.original').textContent(), await shown.locator('code.clarified').textContent());
    assert.match(await list.textContent(), /Vastattu/);
    await expectAccessible(page, 'the list with an answer read');

    // The second decision on the deferred: the clarified version listed, granted, and printed.
    await page.locator('#list-to-second-decision a').click();
    await page.getByRole('heading', { level: 1, name: 'Jatkoselvitystä edellyttäneiden hankkeiden päätös' }).waitFor();
    await page.locator('#proposal tbody tr').first().waitFor();
    await page.locator('#proposal tbody tr').first().getByLabel('Esitys').selectOption('grant');
    await accessibleInEveryLanguage(page, 'the second decision', [
      ['fi', 'Jatkoselvitystä edellyttäneiden hankkeiden päätös'],
      ['sv', 'Beslut om projekt som krävde ytterligare utredning'],
      ['en', 'Decision on the projects that required further clarification'],
    ]);
    await page.goto(at('reviewer/second-decision/print'));
    await page.getByRole('heading', { level: 1, name: 'Päätös jatkoselvitystä edellyttäneistä hankkeista' }).waitFor();
    await expectAccessible(page, 'the second decision printed');
    assert.deepEqual(errors, []);
    assert.deepEqual(leadErrors, []);
  } finally {
    await ministry.close();
    await lead.close();
  }
});
