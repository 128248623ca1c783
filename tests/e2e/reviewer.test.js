'use strict';
// Reviewer view: many exported applications at once, totals exact to the cent, a broken file listed
// with its reason while the others load, sorting, filtering, the CSV for Finnish Excel, and WCAG.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, formatViolations, runAxe, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();

/** Writes `n` variants of the complete application exported by `cargo test --test exchange`. */
function applications(dir, n) {
  const base = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'target/exchange-examples/complete.json'), 'utf8'));
  const files = [];
  let requested = 0n;
  let eligible = 0n;
  for (let i = 0; i < n; i++) {
    const v = structuredClone(base);
    const cents = 100_000n + BigInt(i) * 1_237n + 1n; // amounts with odd cents
    const grant = (cents * 85n) / 100n;
    v.application.project.name_fi = `Hanke ${String(i).padStart(3, '0')}`;
    v.application.budget.lines[0].amount = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
    v.application.budget.requested_grant = `${grant / 100n}.${String(grant % 100n).padStart(2, '0')}`;
    if (i % 2 === 1) v.application.targets = ['knowledge-management'];
    requested += grant;
    eligible += cents;
    const file = path.join(dir, `hakemus-${i}.json`);
    fs.writeFileSync(file, JSON.stringify(v, null, 2));
    files.push(file);
  }
  return { files, requested, eligible };
}

const euros = (cents) => `${(cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${String(cents % 100n).padStart(2, '0')}\u00a0€`;

test('many applications: exact totals, a broken file listed, sort, filter, CSV, WCAG', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-reviewer-'));
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const { files, requested, eligible } = applications(dir, 51);
    const broken = path.join(dir, 'rikki.json');
    fs.writeFileSync(broken, '{"format": "hakemus-application", "schema_version": 1, ');
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(new URL('reviewer', env.server.url).href);
    await waitForApp(page);
    await page.getByLabel('Valitse tiedostot').setInputFiles([...files, broken]);
    const table = page.locator('#applications');
    await table.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('#applications tbody tr').length === 51);
    assert.equal(await page.locator('#total-requested').textContent(), euros(requested));
    assert.equal(await page.locator('#total-eligible').textContent(), euros(eligible));
    assert.match(await page.locator('#files-not-read').textContent(), /rikki\.json: Tiedosto ei ole kelvollista JSONia/);

    // Sort by requested grant, descending: the last file (largest amounts) first.
    await table.getByRole('button', { name: 'Haettu avustus' }).click();
    await table.getByRole('button', { name: 'Haettu avustus' }).click();
    assert.equal(await table.locator('th[aria-sort="descending"]').count(), 1);
    assert.equal(await table.locator('tbody tr').first().locator('td').nth(2).textContent(), 'Hanke 050');

    // Filter by target: the odd-numbered ones pursue knowledge management.
    await page.getByLabel('Näytä kohde').selectOption('knowledge-management');
    assert.equal(await table.locator('tbody tr').count(), 25);
    assert.match(await page.locator('tfoot').textContent(), /Yhteensä \(25\)/);
    let violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa taulukko (CSV)' }).click()]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\ufeff'), 'UTF-8 with a byte-order mark');
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines[0], 'Tiedosto;Hankehallinnoija;Osatoteuttajat;Hanke;Haettu avustus;Hyväksyttävät kustannukset;Avustusosuus;Virheet;Huomiot');
    assert.equal(lines.length, 1 + 25 + 1 + 1, 'heading, 25 rows, total, final line end');
    assert.match(lines[1], /^hakemus-49\.json;Kiuruvesi;Iisalmi, Vieremä;Hanke 049;\d+,\d\d;\d+,\d\d;\d+,\d\d;0;0$/);
    assert.match(lines[26], /^Yhteensä \(25\);;;;\d+,\d\d;\d+,\d\d;;;$/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
