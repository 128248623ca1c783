'use strict';
// Issue 28, items 1–3: the reviewer's side of "saved", probed in real Chromium on the release build.
// (1) Two tabs (pages of one browser context) on one funding proposal: the later save never writes
//     over the other's change unsaid; on one assessment: two tabs scoring different criteria both
//     keep their scores, the same criterion changed in both is a clash said in words, both kept; a
//     review file stamped ahead of this computer's clock never makes later edits not stored.
// (2) Applications chosen and a page loaded at once: every one chosen is kept (a race: run
//     FAULT_RUNS times, 6 by default, and the rate printed).
// (3) A decision file naming an application that is not open, and a grant above its request: the
//     stranger is listed apart, in no total and not printed; the refused grant is not printed.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT, formatViolations, runAxe, storedReviews, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const RUNS = Number(process.env.FAULT_RUNS) || 0;
const runs = (fallback) => Math.max(RUNS, fallback);

const COMPLETE = path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json');
const SAMPLE = path.join(REPO_ROOT, 'tests/fixtures/exchange/sample.json');
const url = (where) => new URL(where, env.server.url).href;
const nbsp = (s) => (s ?? '').replace(/\u00a0/g, ' ');

async function expectAccessible(page, where) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `${where}:\n${formatViolations(violations)}`);
}

async function waitFor(what, check, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function openReviewer(page, files) {
  await page.goto(url('reviewer'));
  await waitForApp(page);
  await page.locator('#reviewer-files').setInputFiles(files);
  await page.waitForFunction((n) => document.querySelectorAll('#applications tbody tr').length === n, files.length);
}

/** The stored proposal as its file's JSON (null while none is stored). */
async function storedProposal(page, key = 'proposal') {
  const text = await storedReviews(page, key);
  return text ? JSON.parse(text) : null;
}

test('two tabs on one funding proposal: the later save never writes over the other unsaid; both versions kept (item 1)', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const a = await context.newPage();
    await openReviewer(a, [COMPLETE, SAMPLE]);
    await a.locator('#to-proposal').click();
    await a.locator('#proposal tbody tr').nth(1).waitFor();
    await waitFor('the first proposal stored', () => storedProposal(a));
    await a.waitForTimeout(600); // settled

    const b = await context.newPage();
    await b.goto(url('reviewer/decision'));
    await waitForApp(b);
    await b.locator('#proposal tbody tr').nth(1).waitFor();
    await b.waitForTimeout(600);

    // Tab A changes the appropriation; it is stored.
    await a.locator('#proposal-appropriation').fill('1 000 000,00');
    await a.locator('#proposal-appropriation').press('Tab');
    await waitFor('A stored', async () => (await storedProposal(a))?.proposal?.appropriation === '1000000.00');

    // Tab B, which read the proposal before A's change, changes another field.
    await b.locator('#proposal-granted-before').fill('5 000,00');
    await b.locator('#proposal-granted-before').press('Tab');
    await b.waitForTimeout(1_500);
    const stored = await storedProposal(b);
    assert.equal(stored.proposal.appropriation, '1000000.00', "tab A's change was written over by tab B's save");
    const conflict = b.locator('#proposal-conflict');
    await conflict.waitFor({ timeout: 5_000 });
    assert.match(await conflict.textContent(), /Toinen välilehti tallensi rahoitusesityksen/);
    // B still shows its own change.
    assert.equal(await b.locator('#proposal-granted-before').inputValue(), '5 000,00');
    await expectAccessible(b, 'fi /reviewer/decision with a conflict');

    // B keeps its version: stored; A's is set aside, downloadable.
    await b.locator('#proposal-keep-mine').click();
    await waitFor("B's version stored", async () => (await storedProposal(b))?.proposal?.granted_before === '5000.00');
    const aside = await waitFor('the other version set aside', () => storedProposal(b, 'proposal.aside'));
    assert.equal(aside.proposal.appropriation, '1000000.00');
    await b.locator('#proposal-aside').waitFor();
    assert.equal(await b.locator('#proposal-conflict').count(), 0);
  } finally {
    await context.close();
  }
});

/** The names of the score groups of the assessment open on `page` (`score-<criterion>`). */
async function scoreNames(page) {
  await page.locator('#assessment-total').waitFor();
  return page.evaluate(() => [...document.querySelectorAll('fieldset.scores input[value="0"]')].map((r) => r.name));
}

async function storedMarks(page) {
  const text = await storedReviews(page);
  if (!text) return {};
  const reviews = JSON.parse(text).reviews;
  return reviews.length ? reviews[0].marks : {};
}

test('two tabs on one assessment: different criteria both kept; the same criterion a clash said in words, both kept (item 1)', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const a = await context.newPage();
    await openReviewer(a, [COMPLETE]);
    await a.locator('#applications tbody tr').first().locator('td').last().locator('a').click();
    const names = await scoreNames(a);
    const id = (n) => n.slice('score-'.length);
    const b = await context.newPage();
    await b.goto(a.url());
    await waitForApp(b);
    await scoreNames(b);

    await a.locator(`input[name="${names[0]}"][value="2"]`).check();
    await waitFor('A stored', async () => (await storedMarks(a))[id(names[0])]?.score === 2);
    await b.locator(`input[name="${names[1]}"][value="3"]`).check();
    await waitFor('B stored', async () => (await storedMarks(b))[id(names[1])]?.score === 3);
    await b.waitForTimeout(500);
    let marks = await storedMarks(b);
    assert.equal(marks[id(names[0])]?.score, 2, "tab A's score vanished when tab B saved");
    assert.equal(marks[id(names[1])]?.score, 3);

    // The same criterion in both: the one stored first stays; the other tab says so, with both.
    await a.locator(`input[name="${names[2]}"][value="1"]`).check();
    await waitFor('A stored', async () => (await storedMarks(a))[id(names[2])]?.score === 1);
    await b.locator(`input[name="${names[2]}"][value="3"]`).check();
    const clash = b.locator('#review-clashes');
    await clash.waitFor({ timeout: 5_000 });
    const said = await clash.textContent();
    assert.match(said, /Arviota on muutettu myös toisessa välilehdessä/);
    assert.match(said, /tallennettuna 1; tässä välilehdessä 3/);
    await expectAccessible(b, 'fi /reviewer/:fp/assessment with a clash');
    marks = await storedMarks(b);
    assert.equal(marks[id(names[2])]?.score, 1);
    assert.equal(marks[id(names[0])]?.score, 2);
    // B keeps its own: stored.
    await clash.getByRole('button', { name: 'Pidä tämän välilehden' }).click();
    await waitFor("B's score stored", async () => (await storedMarks(b))[id(names[2])]?.score === 3);
    assert.equal((await storedMarks(b))[id(names[1])]?.score, 3);
  } finally {
    await context.close();
  }
});

test('a review file stamped ahead of this computer\'s clock: later edits are stored (item 1)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-rsave-'));
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    await openReviewer(page, [COMPLETE]);
    const link = page.locator('#applications tbody tr').first().locator('td').last().locator('a');
    const fingerprint = (await link.getAttribute('href')).match(/[0-9a-f]{64}/)?.[0];
    assert.ok(fingerprint, 'the assessment is named by its fingerprint');
    const file = path.join(dir, 'arviot.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: 'hakemus-review',
        schema_version: 2,
        exported_at: '2099-01-01T00:00:00Z',
        reviews: [
          {
            application: { fingerprint, call: 'vm-2019-yhteishankkeet' },
            marks: { feasibility: { score: 1, note: 'Tiedostosta.' } },
            updated_at: '2099-01-01T00:00:00Z',
          },
        ],
      }),
    );
    await page.getByLabel('Tuo omat arviosi tiedostosta').setInputFiles([file]);
    await waitFor('the file stored', async () => (await storedMarks(page)).feasibility?.score === 1);

    await link.click();
    await scoreNames(page);
    await page.locator('input[name="score-feasibility"][value="3"]').check();
    await page.waitForTimeout(1_500);
    assert.equal((await storedMarks(page)).feasibility?.score, 3, 'the edit after the clock-ahead file was not stored');
    await page.reload();
    await waitForApp(page);
    await scoreNames(page);
    assert.equal(await page.locator('input[name="score-feasibility"][value="3"]').isChecked(), true);
    // Changed and the page reloaded at once (before the save: the tab's recovery copy, taken in at
    // the next load): kept too.
    await page.locator('input[name="score-feasibility"][value="2"]').check();
    await page.reload();
    await waitForApp(page);
    await scoreNames(page);
    await waitFor('the recovery copy stored', async () => (await storedMarks(page)).feasibility?.score === 2, 5_000);
    assert.equal(await page.locator('input[name="score-feasibility"][value="2"]').isChecked(), true);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('applications chosen and a page loaded at once: every one is kept (item 2)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-rsave-'));
  const base = JSON.parse(fs.readFileSync(COMPLETE, 'utf8'));
  const files = Array.from({ length: 8 }, (_, i) => {
    const copy = structuredClone(base);
    copy.application.project.name_fi = `Hanke numero ${i + 1}`;
    const file = path.join(dir, `hakemus-${i + 1}.json`);
    fs.writeFileSync(file, JSON.stringify(copy, null, 2));
    return file;
  });
  const n = runs(6);
  const lost = [];
  try {
    for (let run = 0; run < n; run++) {
      const context = await env.browser.newContext({ locale: 'fi-FI' });
      try {
        const page = await context.newPage();
        await openReviewer(page, files);
        // At once: another page of the app loaded.
        await page.goto(url('reviewer/decision'));
        await waitForApp(page);
        await page.goto(url('reviewer'));
        await waitForApp(page);
        await page.waitForTimeout(1_000);
        const kept = await page.locator('#applications tbody tr').count();
        lost.push(files.length - kept);
      } finally {
        await context.close();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const failed = lost.filter((l) => l > 0).length;
  console.log(`# item 2: ${failed} of ${n} runs lost applications (lost per run: ${lost.join(', ')})`);
  assert.equal(failed, 0, `applications lost in ${failed} of ${n} runs: ${lost.join(', ')}`);
});

test('a decision file naming an application not open, and a grant above its request: neither printed nor counted (item 3)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-rsave-'));
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    // A proposal granting both applications, exported.
    const page = await context.newPage();
    await openReviewer(page, [COMPLETE, SAMPLE]);
    await page.locator('#to-proposal').click();
    await page.locator('#proposal tbody tr').nth(1).waitFor();
    for (const row of await page.locator('#proposal tbody tr').all()) await row.getByLabel('Esitys').selectOption('grant');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-proposal').click()]);
    const file = path.join(dir, 'esitys.json');
    await download.saveAs(file);
    const proposal = JSON.parse(fs.readFileSync(file, 'utf8'));
    // The sample's entry made a stranger (an application this browser will not have open) under
    // another municipality; the complete one's amount far above its request.
    const stranger = proposal.proposal.entries.find((e) => !/Sähköiset lomakkeet/.test(e.application.project));
    const complete = proposal.proposal.entries.find((e) => /Sähköiset lomakkeet/.test(e.application.project));
    stranger.application.fingerprint = 'f'.repeat(64);
    stranger.application.lead = 'Kuopion kaupunki';
    stranger.application.lead_code = '297';
    stranger.application.project = 'Vieras hanke';
    stranger.application.errors = [];
    stranger.amount = '50000.00';
    complete.amount = '999999999999.99';
    fs.writeFileSync(file, JSON.stringify(proposal, null, 2));

    // Another browser with only the complete application open opens the file.
    const other = await env.browser.newContext({ locale: 'fi-FI' });
    try {
      const p = await other.newPage();
      await openReviewer(p, [COMPLETE]);
      await p.locator('#to-proposal').click();
      await p.locator('#proposal tbody tr').first().waitFor();
      await p.locator('#open-proposal').setInputFiles([file]);
      await p.locator('#proposal-opened').filter({ hasText: /./ }).waitFor();
      // Not in the table nor the totals; listed apart.
      await p.waitForTimeout(500);
      assert.equal(await p.locator('#count-arrived').textContent(), '1', 'the stranger is counted as arrived');
      assert.equal(nbsp(await p.locator('#total-requested').textContent()), '181 520,00 €');
      assert.equal(await p.locator('#proposal tbody tr').count(), 1);
      const apart = p.locator('#not-open');
      await apart.waitFor({ timeout: 5_000 });
      assert.match(await apart.textContent(), /Kuopion kaupunki: Vieras hanke/);
      await expectAccessible(p, 'fi /reviewer/decision with an entry not open');

      await p.getByRole('link', { name: 'Tulostettava päätös' }).click();
      await p.locator('#decision-print').waitFor();
      const printed = nbsp(await p.locator('#decision-print').textContent());
      assert.ok(!printed.includes('Kuopio'), 'the stranger is printed');
      assert.ok(!printed.includes('999 999 999 999,99'), 'a grant above its request is printed');
      assert.ok(!printed.includes('enintään 50 000 euroa'), "the stranger's grant is printed");
      assert.equal(await p.locator('#decision-print p.numbered').count(), 0, 'no grant the checks accept: none numbered');
      assert.match(await p.locator('#print-withheld').textContent(), /Sähköiset lomakkeet/);
      assert.match(await p.locator('#print-not-open').textContent(), /Vieras hanke/);
      assert.match(printed, /saapui 1\./);
      await expectAccessible(p, 'fi /reviewer/decision/print with what it left out');
    } finally {
      await other.close();
    }
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
