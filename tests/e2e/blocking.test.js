'use strict';
// End to end: the two blocking cases of a joint application — a single municipality, and a project
// in an excluded area — each shown with the decision's words, and reflected in the overview.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { formatViolations, runAxe, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();

const nbsp = (s) => s.replace(/\u00a0/g, ' ');

test('a single municipality and an excluded area block the application, with their sources', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    await page.goto(env.server.url);
    await waitForApp(page);

    // One municipality only.
    await page.getByRole('link', { name: 'Hakijat' }).click();
    await page.getByRole('button', { name: 'Lisää hakija' }).click();
    await page.getByRole('combobox', { name: 'Kunta' }).fill('Kiuruvesi');
    await page.getByRole('button', { name: 'Tarkista hakijat' }).click();
    const summary = page.locator('#error-summary');
    assert.match(nbsp(await summary.textContent()),
      /Hakijat: Hakijoina on 1 kunta, mutta tässä haussa hankkeessa on oltava mukana vähintään 2 kuntaa\./);
    assert.match(nbsp(await page.locator('#applicants-msg').textContent()), /Lähde: VM:n päätös 26\.2\.2020, vain kuntien yhteishankkeet/);

    // A social and health care project.
    await page.getByRole('link', { name: 'Seuraava: Kohteet ja rajaukset' }).click();
    await page.getByRole('group', { name: 'Onko hanke sosiaali- ja terveydenhuoltoon liittyvä kehittämishanke?' })
      .getByRole('radio', { name: 'Kyllä' }).check();
    const message = nbsp(await page.locator('#exclusion-social-and-health-care-msg').textContent());
    assert.match(message, /Tässä haussa avustusta ei voi hakea sosiaali- ja terveydenhuoltoon liittyviin kehittämishankkeisiin\. Hanke ei voi saada avustusta tässä haussa\./);
    assert.match(message, /Lähde: VM:n päätös 26\.2\.2020, ei sosiaali- ja terveydenhuoltoa/);
    await page.getByRole('button', { name: 'Tarkista kohteet ja rajaukset' }).click();
    assert.match(await page.title(), /^Virhe: Kohteet ja rajaukset/);
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));

    // The overview tells which part needs what.
    await page.getByRole('link', { name: 'Hakemus', exact: true }).last().click();
    assert.equal(await page.locator('#status-applicants').textContent(), 'Kesken');
    assert.equal(await page.locator('#status-targets').textContent(), 'Korjattavaa');
    assert.equal(await page.locator('#status-budget').textContent(), 'Ei aloitettu');
  } finally {
    await context.close();
  }
});
