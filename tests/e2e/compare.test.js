'use strict';
// Two exported files of the same application compared field by field, on the drafts page and the
// reviewer's list: the table names each place and shows the values as a person reads them (amounts
// in euros), an item removed is "(ei ole)" after, the same file twice has no differences, a broken
// file is refused next to its input and nothing else changes; the language switch re-renders; WCAG
// and reflow.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, formatViolations, runAxe, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();

const SUMMARY = 'Kuntien yhteiset lomakkeet, nyt myös ruotsiksi ja englanniksi.';

/** The committed complete application and a later version of it: the summary and the first line's
 *  amount changed, the last risk removed; and a file that is not JSON. */
function files() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-compare-'));
  const earlier = path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json');
  const base = JSON.parse(fs.readFileSync(earlier, 'utf8'));
  const v = structuredClone(base);
  v.application.project.summary = SUMMARY;
  assert.equal(v.application.budget.lines[0].amount, '213552.95');
  v.application.budget.lines[0].amount = '220000.00';
  const risk = v.application.risks.pop();
  const later = path.join(dir, 'hakemus-myohempi.json');
  fs.writeFileSync(later, JSON.stringify(v, null, 2));
  const broken = path.join(dir, 'rikki.json');
  fs.writeFileSync(broken, '{"format": "hakemus-application", "schema_version": 3, ');
  return { earlier, later, broken, base, risk, dir };
}

/** The comparison's rows as [place, before, after] texts. */
async function rows(section) {
  return section.locator('table.compare tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent)),
  );
}

/** `n` with no-break (or any) spaces between thousands, as fi writes amounts: `213 552,95 €`. */
const euros = (text) => new RegExp(`^${text.replace(/ /g, '[\\s\\u00a0]')}$`);

test('drafts page: two files compared field by field, the same file twice, a broken file, the language, WCAG', async () => {
  const { earlier, later, broken, base, risk, dir } = files();
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(new URL('drafts', env.server.url).href);
    await waitForApp(page);
    const section = page.locator('section.compare-files');
    await section.getByRole('heading', { level: 2, name: 'Vertaa kahta tiedostoa' }).waitFor();

    // Both inputs have visible labels; nothing is compared before both files are read.
    await section.getByLabel('Aiempi tiedosto', { exact: true }).setInputFiles(earlier);
    await section.locator('#compare-earlier-read').getByText('complete.json').waitFor();
    assert.equal(await section.locator('table.compare').count(), 0);
    await section.getByLabel('Myöhempi tiedosto', { exact: true }).setInputFiles(later);
    const table = section.getByRole('table', { name: 'Erot' });
    await table.waitFor();
    // The result's heading takes focus, so a screen reader hears it.
    await page.waitForFunction(() => document.activeElement?.id === 'compare-result');

    assert.deepEqual(
      await table.locator('thead th').evaluateAll((ths) => ths.map((th) => [th.textContent, th.getAttribute('scope')])),
      [['Kohta', 'col'], ['Aiemmin', 'col'], ['Myöhemmin', 'col']],
    );
    assert.equal(await table.locator('tbody th[scope="row"]').count(), await table.locator('tbody tr').count());
    const shown = await rows(section);
    assert.deepEqual(shown.map((r) => r[0]), ['Tiivistelmä', 'Rivi 1, Summa (€)', 'Riski 1'], JSON.stringify(shown));
    assert.deepEqual(shown[0], ['Tiivistelmä', base.application.project.summary, SUMMARY]);
    assert.match(shown[1][1], euros('213 552,95 €'));
    assert.match(shown[1][2], euros('220 000,00 €'));
    assert.deepEqual(shown[2], ['Riski 1', risk.description, '(ei ole)']);

    let violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));
    // Reflow (WCAG 1.4.10): at 320 CSS pixels the table wraps, no sideways scrolling.
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${overflow} px of sideways scrolling at 320 px`);
    await page.setViewportSize({ width: 1280, height: 720 });

    // A broken file is refused next to its input; the other file and the comparison stay.
    await section.getByLabel('Myöhempi tiedosto', { exact: true }).setInputFiles(broken);
    const refusal = section.locator('.compare-file').nth(1).getByRole('alert');
    await refusal.waitFor();
    assert.match(await refusal.textContent(), /Tiedosto ei ole kelvollista JSONia/);
    assert.equal(await section.locator('.compare-file').nth(0).getByRole('alert').count(), 0);
    assert.deepEqual(await rows(section), shown);
    assert.match(await section.locator('#compare-later-read').textContent(), /hakemus-myohempi\.json/);
    violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));

    // The language switch re-renders the words and the values.
    await page.locator('#lang').selectOption('en');
    await section.getByRole('table', { name: 'Differences' }).locator('thead th').first().getByText('Item', { exact: true }).waitFor();
    const english = await rows(section);
    assert.deepEqual(english.map((r) => r[0]), ['Summary', 'Line 1, Amount (€)', 'Risk 1']);
    assert.equal(english[2][2], '(not there)');
    assert.match(english[1][2], /220,000\.00/);
    await page.locator('#lang').selectOption('fi');
    await section.getByRole('heading', { level: 2, name: 'Vertaa kahta tiedostoa' }).waitFor();

    // The same file twice: no differences, and the refusal is gone once the input reads a file.
    await section.getByLabel('Myöhempi tiedosto', { exact: true }).setInputFiles(earlier);
    await section.getByText('Tiedostoissa ei ole eroja.').waitFor();
    assert.equal(await section.locator('table.compare').count(), 0);
    assert.equal(await section.getByRole('alert').count(), 0);

    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('reviewer page: the same comparison, with ids of its own, meets WCAG', async () => {
  const { earlier, later, broken, dir } = files();
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(new URL('reviewer', env.server.url).href);
    await waitForApp(page);
    const section = page.locator('section.compare-files');
    await section.getByRole('heading', { level: 2, name: 'Vertaa kahta tiedostoa' }).waitFor();
    await section.getByLabel('Aiempi tiedosto', { exact: true }).setInputFiles(broken);
    const refusal = section.locator('#reviewer-compare-earlier-error');
    await refusal.waitFor();
    assert.match(await refusal.textContent(), /Tiedosto ei ole kelvollista JSONia/);

    await page.locator('#reviewer-compare-earlier').setInputFiles(earlier);
    await page.locator('#reviewer-compare-later').setInputFiles(later);
    const table = section.getByRole('table', { name: 'Erot' });
    await table.waitFor();
    const shown = await rows(section);
    assert.deepEqual(shown.map((r) => r[0]), ['Tiivistelmä', 'Rivi 1, Summa (€)', 'Riski 1']);
    assert.match(shown[1][2], euros('220 000,00 €'));
    assert.equal(shown[2][2], '(ei ole)');
    assert.equal(await refusal.count(), 0);
    // The files compared are not opened as applications to review.
    assert.equal(await page.locator('#applications').count(), 0);

    const violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
