'use strict';
// Check your answers, the overview and the drafts page in states of their own meet WCAG 2.1 AA
// (axe-core). Every page in all three languages, with its error summary, is in languages.test.js.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { formatViolations, runAxe, waitForApp, withBrowser } = require('./support.js');

const PARTS = ['project', 'applicants', 'targets', 'state-and-goals', 'impact', 'prior-work', 'commitments', 'schedule', 'budget', 'risks', 'monitoring'];

const env = withBrowser();

test('check your answers meets WCAG 2.1 AA and says the empty draft is not ready', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    await page.goto(new URL('review', env.server.url).href);
    await waitForApp(page);
    assert.match(await page.locator('#submit-status').textContent(), /Hakemusta ei voi vielä lähettää/);
    assert.equal(await page.locator('#ready').count(), 0);
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));
  } finally {
    await context.close();
  }
});

test('the overview lists every part and meets WCAG 2.1 AA', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    await page.goto(env.server.url);
    await waitForApp(page);
    assert.equal(await page.locator('.task-list li').count(), PARTS.length);
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));
  } finally {
    await context.close();
  }
});

test('the drafts page (with an import refused and a rename open) and the export page meet WCAG 2.1 AA', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    await page.goto(new URL('export', env.server.url).href);
    await waitForApp(page);
    await page.getByRole('heading', { name: 'Vie hakemus' }).waitFor();
    let violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));

    await page.getByRole('link', { name: 'Luonnokset' }).click();
    await page.getByRole('heading', { name: 'Luonnokset', level: 1 }).waitFor();
    await page.getByLabel('Tai liitä viety JSON tähän').fill('{"format": "hakemus-application", "format": 1}');
    await page.getByRole('button', { name: 'Tuo liitetty teksti' }).click();
    await page.locator('#import-result').getByText('Avain "format" on kahteen kertaan.').waitFor();
    await page.getByRole('button', { name: 'Nimeä uudelleen' }).click();
    violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));
  } finally {
    await context.close();
  }
});
