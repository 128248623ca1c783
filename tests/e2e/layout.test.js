'use strict';
// Fit the screen (issue 27, items 5–7): at a laptop's 1280 × 900 and a phone's 390 × 844, no row of
// the budget's lines, the reviewer's applications or the funding proposal is wider than the box it
// sits in (nothing to scroll sideways), and each row's controls, links and marks (the row buttons, the
// "not eligible" badge, the panel's scores, mean, spread and the assessment link) are within the
// screen; the proposal's totals and its check stay in view while its table is edited; a phone breaks
// no word of the partners table. Screenshots of each page at both widths are saved under
// test-results/layout/ (not committed) for a person to look at.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, importAndOpen, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const COMPLETE = path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json');
const SAMPLE = path.join(REPO_ROOT, 'tests/fixtures/exchange/sample.json');
const SHOTS = path.join(REPO_ROOT, 'test-results', 'layout');
const SIZES = [
  { name: '1280', width: 1280, height: 900 },
  { name: '390', width: 390, height: 844 },
];
const CRITERIA = [
  'renewal', 'cost-effects', 'social-economic-impact', 'general-significance', 'best-practices', 'shared-services',
  'data-definitions', 'shared-solutions', 'accessibility', 'replicable', 'feasibility', 'no-other-grant', 'national-level',
];

/** The complete application with ten budget lines of every kind: long descriptions, each applicant
 *  bearing some, a hardware line (not eligible), a licence with its justification, an internal
 *  charge, a personnel line without a VAT rate. */
function tenLines(dir) {
  const app = JSON.parse(fs.readFileSync(COMPLETE, 'utf8'));
  const base = app.application.budget.lines[0];
  const kinds = [
    ['personnel', 'Projektipäällikkö (100 %), palkka sivukuluineen koko hankkeen ajan', '0', '90000.00'],
    ['personnel', 'Sähköisten lomakkeiden asiantuntija', '', '45000.00'],
    ['purchased-services', 'Lomakepalvelun käyttöönotto ja integraatiot asianhallintaan', '24', '30000.00'],
    ['software-licence', 'Lomaketyökalun lisenssit kolmelle kunnalle', '24', '12000.00'],
    ['hardware', 'Kannettavat tietokoneet projektihenkilöstölle', '24', '4000.00'],
    ['travel', 'Matkat kuntien välillä ja koulutuspäivät', '0', '2500.00'],
    ['other-operating', 'Viestintä ja työpajat', '24', '3000.00'],
    ['purchased-services', 'Saavutettavuusarviointi', '24', '6000.00'],
    ['premises-rent', 'Projektitilan vuokra', '0', '5000.00'],
    ['tangible-investment', 'Palvelinkaappi', '24', '1500.00'],
  ];
  app.application.budget.lines = kinds.map(([category, description, vat, amount], i) => ({
    ...base,
    id: 100 + i,
    category,
    description,
    vat_rate: vat,
    amount,
    bearer: String(app.application.applicants[i % app.application.applicants.length].id),
    internal_charge: i === 7,
    justification: category === 'software-licence' ? 'Lisenssit ovat välttämättömiä hankkeen lomakkeiden tuottamiseksi.' : '',
  }));
  app.application.next_id = 200;
  const file = path.join(dir, 'kymmenen-rivia.json');
  fs.writeFileSync(file, JSON.stringify(app, null, 2));
  return file;
}

/** What does not fit in the rows `rows` (a selector): each row within its box and the page, no box
 *  scrolling sideways, and every control, link and mark of a row (`marks`) within the screen.
 *  Returns the problems found, in words, and how many rows were measured. */
async function misfits(page, rows, marks) {
  return page.evaluate(({ rows, marks }) => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const all = [...document.querySelectorAll(rows)];
    for (const [i, row] of all.entries()) {
      const box = row.closest('.table-scroll') || row.closest('table').parentElement;
      const r = row.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      if (r.width > b.width + 1 || r.left < b.left - 1 || r.right > b.right + 1) problems.push(`row ${i + 1} is ${Math.round(r.width)} px in a box of ${Math.round(b.width)} px`);
      if (box.scrollWidth > box.clientWidth + 1) problems.push(`row ${i + 1}'s box scrolls sideways: ${box.scrollWidth} > ${box.clientWidth}`);
      for (const el of row.querySelectorAll(marks)) {
        const e = el.getBoundingClientRect();
        if (e.width === 0 && e.height === 0) continue; // not shown (a cell's own layout hides it)
        const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''} "${(el.textContent || '').trim().slice(0, 30)}"`;
        if (e.left < -1 || e.right > width + 1) problems.push(`row ${i + 1}: ${name} at ${Math.round(e.left)}..${Math.round(e.right)} px, outside the screen of ${width} px`);
        if (e.right > r.right + 1 || e.left < r.left - 1) problems.push(`row ${i + 1}: ${name} sticks out of its row`);
      }
    }
    return { problems, rows: all.length };
  }, { rows, marks });
}

async function expectFits(page, what, rows, marks, atLeast) {
  const { problems, rows: n } = await misfits(page, rows, marks);
  assert.ok(n >= atLeast, `${what}: ${n} rows measured, expected at least ${atLeast}`);
  assert.deepEqual(problems, [], `${what}:\n${problems.join('\n')}`);
}

async function shoot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** The words of `selector`'s cells that the browser broke across lines (a word split inside). */
async function brokenWords(page, selector) {
  return page.evaluate((selector) => {
    const broken = [];
    for (const cell of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const re = /[\p{L}\p{N}]+/gu;
        for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  }, selector);
}

for (const size of SIZES) {
  test(`at ${size.width} × ${size.height}: the budget's lines fit, with their buttons and marks; the partners table breaks no word`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-layout-'));
    const context = await env.browser.newContext({ locale: 'fi-FI', viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    try {
      await importAndOpen(page, env.server.url, tenLines(dir));
      await page.goto(new URL('budget', env.server.url).href);
      await waitForApp(page);
      await page.locator('#budget-lines-body tr[id^="line-"]').nth(9).waitFor();
      // The hardware line is marked not eligible.
      await page.locator('#line-104 .tag').waitFor();
      await shoot(page, `budget-${size.name}`);
      // A row's buttons, the badge, its fields: within the screen, and the row within the table's box.
      await expectFits(page, `budget at ${size.width}`, '#budget-lines-body tr[id^="line-"], #budget-lines thead tr', 'button, input, select, textarea, .tag, label', 11);
      // The keyboard order is the columns' order still: the category, the description, ..., the buttons.
      const order = await page.evaluate(() => [...document.querySelectorAll('#line-101 input, #line-101 select, #line-101 button, #line-101 textarea')].map((e) => e.id || e.textContent.trim().split(/\s/)[0]));
      assert.deepEqual(order, ['line-101-category', 'line-101-description', 'line-101-internal_charge', 'line-101-bearer', 'line-101-year', 'line-101-amount', 'line-101-basis', 'line-101-vat_rate', 'line-101-vat_override', 'Monista', 'Poista']);
      // Each field is named by its column and line, as before.
      assert.equal(await page.getByRole('combobox', { name: 'Alv-kanta Rivi 2' }).count(), 1);

      await page.goto(new URL('partners', env.server.url).href);
      await waitForApp(page);
      await page.locator('table.partners tbody tr').first().waitFor();
      await shoot(page, `partners-${size.name}`);
      assert.deepEqual(await brokenWords(page, 'table.partners tbody th, table.partners tbody td'), [], 'no word of the partners table broken across lines');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `the partners page scrolls sideways by ${overflow} px`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test(`at ${size.width} × ${size.height}: the reviewer's table and the funding proposal fit; the proposal's totals and check stay in view`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-layout-'));
    // Four applications, files named as people name them.
    const files = [COMPLETE, SAMPLE];
    for (const [name, project] of [['hakemus-kuopion-seudun-digitaalinen-asiointi-2026-12-01.json', 'Kuopion seudun digitaalisen asioinnin yhteinen kehittämishanke'], ['hakemus-2.json', 'Lomakkeet']]) {
      const app = JSON.parse(fs.readFileSync(COMPLETE, 'utf8'));
      app.application.project.name_fi = project;
      const file = path.join(dir, name);
      fs.writeFileSync(file, JSON.stringify(app, null, 2));
      files.push(file);
    }
    const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true, viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    try {
      await page.goto(new URL('reviewer', env.server.url).href);
      await waitForApp(page);
      await page.locator('#reviewer-files').setInputFiles(files);
      await page.waitForFunction(() => document.querySelectorAll('#applications tbody tr').length === 4);
      // Three other reviewers' files, each scoring every application: a column each.
      const apps = await page.evaluate(() => [...document.querySelectorAll('#applications tbody a[href$="/assessment"]')].map((a) => a.getAttribute('href').split('/')[2]));
      assert.equal(apps.length, 4);
      const panel = ['Anna Arvioija', 'Bertil Bedömare', 'Cecilia Cederberg-Virtanen'].map((name, k) => {
        const file = path.join(dir, `arviot-${k}.json`);
        const reviews = apps.map((fingerprint, i) => ({
          application: { fingerprint, call: 'vm-2019-yhteishankkeet' },
          marks: Object.fromEntries(CRITERIA.map((c, j) => [c, { score: (i + j + k) % 4, note: 'Perustelu.' }])),
          summary: '',
          updated_at: '2026-12-01T10:00:00Z',
        }));
        fs.writeFileSync(file, JSON.stringify({ format: 'hakemus-review', schema_version: 2, exported_at: '2026-12-01T10:00:00Z', reviewer: { name, organisation: 'Valtiovarainministeriö' }, reviews }));
        return file;
      });
      await page.locator('#panel-files').setInputFiles(panel);
      await page.waitForFunction(() => document.querySelectorAll('#panel-members li').length === 3);
      await page.locator('#applications tbody td.panel-mean').first().waitFor();
      await shoot(page, `reviewer-${size.name}`);
      await expectFits(page, `reviewer's table at ${size.width}`, '#applications tbody tr', 'a, button, td.panel-total, td.panel-mean, td.panel-spread, td:last-child', 4);
      // Names and projects wrap between words, never letter by letter (file names may break anywhere).
      assert.deepEqual(await brokenWords(page, '#applications tbody td:not(:has(button))'), [], 'no word of the reviewer\'s table broken across lines');

      await page.locator('#to-proposal').click();
      await page.locator('#proposal tbody tr').nth(3).waitFor();
      // No summary box before the proposal is checked.
      assert.equal(await page.locator('#proposal-summary').count(), 0, 'no empty summary before the check');
      await shoot(page, `decision-${size.name}`);
      await expectFits(page, `proposal at ${size.width}`, '#proposal tbody tr', 'a, button, input, select, textarea, summary', 4);
      // Editing the last row: the totals and the check are in view.
      const last = page.locator('#proposal tbody tr').last().locator('select').first();
      await last.scrollIntoViewIfNeeded();
      await last.focus();
      const inView = async (selector) => page.locator(selector).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= document.documentElement.clientWidth;
      });
      for (const selector of ['#check-proposal', '#sticky-granted', '#sticky-left']) assert.ok(await inView(selector), `${selector} in view while the last row is edited`);
      // The rows edited are not hidden under the totals.
      const covered = await page.evaluate(() => {
        const bar = document.querySelector('.proposal-bar').getBoundingClientRect();
        const field = document.activeElement.getBoundingClientRect();
        return field.bottom > bar.top && field.top < bar.bottom;
      });
      assert.equal(covered, false, 'the field edited is not under the totals');
      await page.locator('#check-proposal').click();
      await page.locator('#proposal-summary').waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('the skip link moves focus to the main content, and Tab goes on from there', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  const page = await context.newPage();
  try {
    await page.goto(new URL('budget', env.server.url).href);
    await waitForApp(page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#main');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main', 'focus is on main');
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.getElementById('main').contains(document.activeElement)), 'the next Tab is within main');
    // Still the budget page (the router took the click).
    assert.equal(await page.evaluate(() => location.pathname), '/budget');
  } finally {
    await context.close();
  }
});
