'use strict';
// A grant followed by the ministry, from a change request to the settlement (issue 31's end-to-end
// test, docs/rules.md §11–§12). Two browsers: the lead of Kiuruvesi in the grant's app (`/grant`)
// and the ministry in the follow-up (`/follow-up`); files travel between them only as the files
// each app saves. Each browser's clock is set to the day its step would be taken.
//
// The story, and every figure by hand (the grant at most G = 181 500,00 €, the call's share 85 %
// rounded down to the cent, §11.5; the project 1.3.2020–30.11.2021 as granted):
//  1. 27.2.2020 the ministry takes Kiuruvesi's decision into its follow-up.
//  2. The lead opens the grant and imports the accounting system's CSV: of its seven rows the two
//     before the start are out, the licence counts once justified →
//       118,60 + 1 250,00 + 4 812,40 − 38,90 + 356,45 = 6 498,55 (as in grant-life.test.js).
//     5.11.2020 the lead types 15.9.2020 purchased services 70 000,03 (VAT 16 800,01) → E = 76 498,58.
//     Claim 1 (to 31.10.2020): 85 % × 76 498,58 = 65 023,793 → may claim 65 023,79; it asks
//     60 000,00. The ministry receives it and approves 60 000,00 (Anna Virtanen presents, Olli Ojala
//     approves 20.11.2020, paid 30.11.2020); the lead records it paid. P = 60 000,00.
//  3. 1.9.2021 the lead asks for two changes: move 10 000,00 € of the plan from personnel to
//     purchased services, and end the project on 31.3.2022 instead of 30.11.2021, each with a reason.
//  4. 20.9.2021 the ministry accepts the later end and rejects the move, each with a reason. The lead
//     takes the decision in: the project ends 31.3.2022; the plan by category is still the
//     application's (personnel 213 552,95 €, purchased services 0,00 €).
//  5. 3.2.2022 the lead types 15.1.2022 personnel 20 000,00 — after the original end, before the
//     new one — → E = 96 498,58. Claim 2 (to 31.1.2022): 85 % × 96 498,58 = 82 023,793 → 82 023,79;
//     minus P 60 000,00 → may claim 22 023,79. (Under the original plan the January cost would be
//     outside the project's period: E would stay 76 498,58 and claim 2 could ask only
//     65 023,79 − 60 000,00 = 5 023,79.) It asks 20 000,00; the ministry approves it (14.2.2022,
//     paid 21.2.2022); the lead records it paid. P = 80 000,00. On the ministry's grant page the
//     grant still available is G − paid: 181 500,00 − 60 000,00 = 121 500,00, then − 20 000,00 =
//     101 500,00. Its reporting periods, proposed from claim 1 every four months to 30.11.2021 (six,
//     the last 1.11.–30.11.2021), follow the end claim 2 carries: the sixth runs on to 28.2.2022 and
//     a seventh, 1.3.–31.3.2022, is added.
//  6. 28.3.2022, before the final report's deadline in force (the accepted end 31.3.2022, §12.2),
//     the lead sends the final report with the auditor's statement. As the file counts it:
//     E = 96 498,58, final grant 82 023,79, paid 80 000,00, last instalment 2 023,79.
//     4.4.2022 the ministry receives it, accepts its content and asks for completion of its
//     accounts: why the 31.3.2020 salary (voucher 200190, 4 812,40) has no payslip, by 30.4.2022.
//     6.4.2022 the lead opens the request in the grant's app, answers both questions and saves the
//     answer with the completed report (the same accounts). 8.4.2022 the ministry takes the answer:
//     the request answered, the completed report received and checked again — its content and
//     accounts accepted but the salary left out (the payslip still missing) →
//       E = 96 498,58 − 4 812,40 = 91 686,18; 85 % = 77 933,253 → final grant 77 933,25;
//       to return under valtionavustuslaki 20 §: 80 000,00 − 77 933,25 = 2 066,75.
//     The settlement is decided 11.4.2022 by Maija Virtanen, the return due 31.5.2022; its print says
//     the recovery with the due date and no last instalment.
//  7. The payment list's CSV: instalments 60 000,00 and 20 000,00 to Kiuruvesi (the business ID its
//     application gives, 6872472-6), total 80 000,00.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {
  REPO_ROOT,
  collectConsoleErrors,
  download,
  euros,
  fillFinalReport,
  formatViolations,
  importKiuruvesiLedger,
  makeClaim,
  openGrant,
  recordPaid,
  runAxe,
  typeEntry,
  waitForApp,
  withBrowser,
} = require('./support.js');

const env = withBrowser();
const fixture = (name) => path.join(REPO_ROOT, 'tests/fixtures/grant', name);
/** Kiuruvesi: applicant 8 of the granted application (tests/fixtures/grant/kiuruvesi-application.json). */
const KIURUVESI = 8;
/**
 * The payee's business ID as the committed application gives Kiuruvesi's (the grantee's files carry
 * it to the follow-up, docs/rules.md §12.3). The fixture's ID is made up; Kiuruvesi's real one,
 * 0175542-1, is what tests/follow_up.rs builds its own project with.
 */
const LEAD_BUSINESS_ID = '6872472-6';

/**
 * A CSV file as Finnish Excel opens it: UTF-8 with a byte order mark, rows ended by CRLF, cells
 * separated by `;`, a cell in double quotes when it holds one of them. Asserts the BOM; the rows.
 */
function excelRows(file) {
  const bytes = fs.readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV starts with the UTF-8 BOM');
  const text = bytes.subarray(3).toString('utf8');
  assert.ok(text.endsWith('\r\n'), 'every row ends with CRLF');
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

/** A Finnish number cell ("60000,00": decimal comma, no thousands separator) in cents. */
function cents(cell) {
  assert.match(cell, /^-?\d+,\d{2}$/, `"${cell}" is a number as Finnish Excel reads it`);
  return Number(cell.replace(',', ''));
}

test('Kiuruvesi followed by the ministry: a change request, two paid claims, a completion request and a settlement with a return', async () => {
  const lead = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const ministry = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const page = await lead.newPage();
    const mpage = await ministry.newPage();
    const errors = collectConsoleErrors(page);
    const merrors = collectConsoleErrors(mpage);
    const on = (p, day) => p.clock.setFixedTime(new Date(`${day}T09:00:00Z`));
    const clean = async (p, where) => {
      const violations = await runAxe(p);
      assert.equal(violations.length, 0, `${where}:\n${formatViolations(violations)}`);
    };

    // ---- The lead's side (the grant's app) ----
    const toOverview = async () => {
      await page.getByRole('link', { name: 'Takaisin hankkeen yleiskuvaan' }).click();
      await page.locator('#project-name').waitFor();
    };
    const eligible = () => page.locator('#ledger-eligible').textContent();
    /** Adds claim `k` (from 0) up to `until`, asking `amount`; sees what it may ask; saves its file. */
    const claim = async (k, until, amount, may) => {
      const file = await makeClaim(page, k, until, amount, may);
      await page.locator(`[id^="claim-"][id$="-status"]`).nth(k).getByText(/^Tiedosto tehty/).waitFor();
      await toOverview();
      return file;
    };
    /** Records what the ministry paid on claim `k`. */
    const paid = async (k, amount, day) => {
      await page.locator('#claims-link').click();
      await recordPaid(page, k, amount, day);
      await toOverview();
    };

    // ---- The ministry's side (the follow-up) ----
    const mplain = async (selector) => (await mpage.locator(selector).textContent()).replace(/\u00a0/g, ' ');
    const home = async () => {
      await mpage.getByRole('link', { name: 'Takaisin avustusten seurantaan' }).click();
      await mpage.getByRole('heading', { level: 1, name: 'Avustusten seuranta' }).waitFor();
    };
    /** Takes the grantee's file on the follow-up's home page; the sentence said of it. */
    const receive = async (file, said) => {
      await mpage.locator('#follow-up-files').setInputFiles(file);
      await mpage.locator('#file-outcomes li.ok').filter({ hasText: path.basename(file) }).waitFor();
      assert.match(await mpage.locator('#file-outcomes li.ok').textContent(), said);
    };
    /** The grant's page on the follow-up, once a file of the grantee has named the project. */
    let grantPath = null;
    const grantPage = async () => {
      await mpage.locator(`#grants a[href="${grantPath}"]`).click();
      await mpage.locator('#grant-granted').waitFor();
    };
    /** Approves (and records paid) a payment of claim `number` on the grant's page. */
    const approve = async (number, { amount, approvedOn, paidOn }) => {
      const before = await mpage.locator('fieldset.payment').count();
      await mpage.locator('#add-payment').click();
      const fieldset = mpage.locator('fieldset.payment').nth(before);
      const base = await fieldset.getAttribute('id'); // payment-<id>
      await mpage.locator(`#${base}-claim`).selectOption(String(number));
      await mpage.locator(`#${base}-amount`).fill(amount);
      await mpage.locator(`#${base}-presenter`).fill('Anna Virtanen');
      await mpage.locator(`#${base}-approver`).fill('Olli Ojala');
      await mpage.locator(`#${base}-approved-on`).fill(approvedOn);
      await mpage.locator(`#${base}-paid-on`).fill(paidOn);
    };
    /**
     * Receives claim `number`'s file, approves and pays `payment` on the grant's page, where the
     * grant's figures are then `figures` (claimed, paid, still available); back to the home page.
     */
    const payClaim = async (file, number, payment, figures) => {
      await receive(file, /vastaanotettu: maksatushakemus, Sähköiset lomakkeet/);
      // The grant is named in its page's path by the project id the claim carries (§12.7).
      grantPath = await mpage.locator('#grants tbody tr a').first().getAttribute('href');
      assert.match(grantPath, /^\/follow-up\/grant\/[^/]+$/);
      await grantPage();
      assert.equal(await mplain('#grant-claimed'), figures.claimed);
      await approve(number, payment);
      assert.equal(await mplain('#grant-paid'), figures.paid);
      assert.equal(await mplain('#grant-available'), figures.available);
      await home();
    };

    // 1. The ministry takes the decision into its follow-up.
    await on(mpage, '2020-02-27');
    await mpage.goto(new URL('follow-up', env.server.url).href);
    await waitForApp(mpage);
    await mpage.getByLabel('Päätös- ja raporttitiedostot').setInputFiles(fixture('kiuruvesi-decision.json'));
    await mpage.locator('#file-outcomes').getByText(/päätöksestä lisättiin seurantaan 1 avustus\./).waitFor();
    await mpage.locator('#grants tbody tr').first().waitFor();

    // 2. The lead: the decision opened, the accounts, the autumn's cost and claim 1.
    await on(page, '2020-03-02');
    await openGrant(page, env.server.url);
    assert.equal(await page.locator('#grant-amount').textContent(), `enintään ${euros('181 500,00')}`);
    // The CSV, the licence justified: 6 498,55 € eligible.
    await importKiuruvesiLedger(page);

    await on(page, '2020-11-05');
    await typeEntry(page, {
      date: '15.9.2020', voucher: 'OL-2020-77', category: 'purchased-services', bearer: KIURUVESI,
      description: 'Lomakepalvelun toteutus, 1. vaihe', net: '70 000,03', vat: '16 800,01',
    });
    assert.equal(await eligible(), euros('76 498,58'));
    await toOverview();
    const claim1 = await claim(0, '31.10.2020', '60 000,00', '65 023,79');

    // The ministry receives claim 1 and approves its payment.
    await on(mpage, '2020-11-20');
    await payClaim(claim1, 1, { amount: '60 000,00', approvedOn: '20.11.2020', paidOn: '30.11.2020' }, {
      claimed: '60 000,00 €', paid: '60 000,00 €', available: '121 500,00 €',
    });

    // The lead records it paid.
    await on(page, '2020-12-01');
    await paid(0, '60 000,00', '30.11.2020');

    // 3. The lead asks for two changes.
    await on(page, '2021-09-01');
    await page.locator('#changes-link').click();
    await page.locator('#plan-unchanged').waitFor();
    assert.equal(await page.locator('#plan-end').textContent(), '30.11.2021');
    await page.locator('#add-change').click();
    const firstPart = page.locator('fieldset.change-part').first();
    await firstPart.waitFor();
    const [, requestId, , endPart] = (await firstPart.getAttribute('id')).split('-'); // change-<r>-part-<p>
    await page.locator(`#change-${requestId}-part-${endPart}-kind`).selectOption('end-date');
    await page.locator(`#change-${requestId}-part-${endPart}-end`).fill('31.3.2022');
    await page.locator(`#change-${requestId}-part-${endPart}-reason`).fill('Lomakejärjestelmän toimitus viivästyi; viimeiset käyttöönotot siirtyvät talveen.');
    await page.locator(`#change-${requestId}-add-part`).click();
    const movePart = page.locator('fieldset.change-part').nth(1);
    await movePart.waitFor();
    const move = (await movePart.getAttribute('id')).split('-')[3];
    const movePrefix = `#change-${requestId}-part-${move}`;
    await page.locator(`${movePrefix}-kind`).selectOption('move-money');
    await page.locator(`${movePrefix}-by`).selectOption('category');
    await page.locator(`${movePrefix}-from`).selectOption('personnel');
    await page.locator(`${movePrefix}-to`).selectOption('purchased-services');
    await page.locator(`${movePrefix}-amount`).fill('10 000,00');
    await page.locator(`${movePrefix}-reason`).fill('Lomakkeiden testaus ostetaan palveluna omien henkilöstökustannusten sijaan.');
    const requestFile = await download(page, page.locator(`#change-${requestId}-save`));
    await page.locator(`#change-${requestId}-status`).getByText(/^Muutoshakemus on tallennettu tiedostoksi/).waitFor();
    const request = JSON.parse(fs.readFileSync(requestFile, 'utf8'));
    assert.equal(request.format, 'hakemus-change-request');
    assert.deepEqual(
      request.parts.map((p) => [p.id, p.kind, p.end, p.from, p.to, p.amount]),
      [
        [Number(endPart), 'end-date', '2022-03-31', '', '', ''],
        [Number(move), 'move-money', '', 'personnel', 'purchased-services', '10000.00'],
      ],
    );

    // 4. The ministry decides the request: the end accepted, the move rejected.
    await on(mpage, '2021-09-20');
    await mpage.locator('#changes-link').click();
    await mpage.locator('#change-request-file').setInputFiles(requestFile);
    await mpage.locator('#change-request-outcomes li.ok').getByText(/avattu: muutoshakemus/).waitFor();
    const deciding = await mpage.locator('section.change-request').getAttribute('id'); // deciding-<i>
    const part = (p) => `#${deciding}-part-${p}`;
    assert.match(await mplain(`${part(move)}-asked`), /Henkilöstökustannukset.*Ostopalvelut.*10 000,00 €/);
    await mpage.locator(`${part(endPart)}-outcome-accepted`).check();
    await mpage.locator(`${part(endPart)}-reason`).fill('Toimituksen viive on perusteltu; hanke ja loppuraportti 31.3.2022 mennessä.');
    await mpage.locator(`${part(move)}-outcome-rejected`).check();
    await mpage.locator(`${part(move)}-reason`).fill('Testaus on hankesuunnitelmassa omaa työtä; siirto ei ole tarpeen.');
    await mpage.locator(`#${deciding}-decider`).fill('Maija Virtanen');
    await mpage.locator(`#${deciding}-decided-on`).fill('20.9.2021');
    const decisionFile = await download(mpage, mpage.locator(`#${deciding}-save`));
    await mpage.locator(`#${deciding}-status`).getByText(/hakemus-change-decision/).waitFor();
    assert.equal(await mpage.locator('#error-summary').count(), 0);
    assert.equal(JSON.parse(fs.readFileSync(decisionFile, 'utf8')).format, 'hakemus-change-decision');
    await home();

    // The lead takes the decision in: the later end is in force, the move is not.
    await on(page, '2021-09-22');
    await page.locator('#change-decision-file').setInputFiles(decisionFile);
    await page.locator('#change-decision-result.banner').getByText(/^Päätös otettu käyttöön/).waitFor();
    assert.equal(await page.locator('#plan-end').textContent(), '31.3.2022 (Päätöksen mukaan 30.11.2021)');
    assert.deepEqual(await page.locator('#plan-applied li').allTextContents(), ['Hanke päättyy: 31.3.2022']);
    assert.equal(await page.locator(`#change-${requestId}-part-${endPart}-outcome`).textContent(), 'Hyväksytty');
    assert.equal(await page.locator(`#change-${requestId}-part-${move}-outcome`).textContent(), 'Hylätty');
    assert.equal(
      await page.locator(`#change-${requestId}-part-${move}-decision-reason`).textContent(),
      'Testaus on hankesuunnitelmassa omaa työtä; siirto ei ole tarpeen.',
    );
    // The plan's money on the same page: the move rejected, personnel as the application planned it.
    const inForce = Object.fromEntries(
      await page.locator('#plan-by-category tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.cells[0].textContent, tr.cells[1].textContent])),
    );
    assert.equal(inForce['Henkilöstökustannukset'], euros('213 552,95'));
    assert.equal(inForce['Ostopalvelut yksinomaan hanketta varten (tutkimus, tietämys, konsultointi)'] ?? euros('0,00'), euros('0,00'));
    await toOverview();
    // The overview: the project's period and the final report's deadline follow the accepted end.
    assert.equal(await page.locator('#grant-period').textContent(), '1.3.2020–31.3.2022');
    assert.equal(await page.locator('#grant-final-due').textContent(), '31.3.2022');
    // The plan by category, as the interim report compares the costs with it: the application's.
    await page.locator('#reports-link').click();
    await page.locator('[id^="period-"][id$="-start-report"]').first().click();
    const byCategory = page.locator('[id^="report-"][id$="-by-category"]').first();
    await byCategory.waitFor();
    const planned = Object.fromEntries(
      await byCategory.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.cells[0].textContent, tr.cells[1].textContent])),
    );
    assert.equal(planned['Henkilöstökustannukset'], euros('213 552,95'));
    assert.equal(planned['Ostopalvelut yksinomaan hanketta varten (tutkimus, tietämys, konsultointi)'], euros('0,00'));
    assert.equal(await byCategory.locator('tfoot tr').evaluate((tr) => tr.cells[1].textContent), euros('213 552,95'));
    await toOverview();

    // 5. A cost after the original end, within the new one; claim 2 counts it.
    await on(page, '2022-02-03');
    await page.locator('#ledger-link').click();
    const january = await typeEntry(page, {
      date: '15.1.2022', voucher: 'PL-2022-01', category: 'personnel', bearer: KIURUVESI,
      description: 'Projektipäällikön palkka sivukuluineen, tammikuu', net: '20 000,00',
    });
    await page.locator(`#line-${january}-net`).blur();
    assert.equal(await eligible(), euros('96 498,58'));
    await toOverview();
    const claim2 = await claim(1, '31.1.2022', '20 000,00', '22 023,79');

    await on(mpage, '2022-02-14');
    await payClaim(claim2, 2, { amount: '20 000,00', approvedOn: '14.2.2022', paidOn: '21.2.2022' }, {
      claimed: '80 000,00 €', paid: '80 000,00 €', available: '101 500,00 €',
    });
    // The ministry's reporting periods, proposed from claim 1 before the change (six, the last
    // 1.11.–30.11.2021), follow the end in force that claim 2 carries: the sixth runs on to its four
    // months and a seventh is added (docs/rules.md §12.3).
    await grantPage();
    const periodNames = await mpage.locator('#periods tbody th').allTextContents();
    assert.equal(periodNames.length, 8, periodNames.join(' | '));
    assert.deepEqual(periodNames.slice(5, 7), ['6. 1.11.2021–28.2.2022', '7. 1.3.2022–31.3.2022']);
    await home();

    await on(page, '2022-02-22');
    await paid(1, '20 000,00', '21.2.2022');

    // 6. The final report, before the deadline in force (31.3.2022), with the auditor's statement.
    await on(page, '2022-03-28');
    await page.locator('#final-link').click();
    await fillFinalReport(page);
    const finalFile = await download(page, page.locator('#final-save'));
    await page.locator('#final-status').getByText(/^Tiedosto tehty/).waitFor();
    await toOverview();
    assert.deepEqual(await page.locator('#grant-sent li').allTextContents(), [
      'Maksatushakemus 1: 5.11.2020',
      'Maksatushakemus 2: 3.2.2022',
      'Loppuraportti: 28.3.2022',
    ]);
    // The lead's own settlement, as the file counts it: a last instalment of 2 023,79 €.
    await page.locator('#settlement-link').click();
    assert.equal(await page.locator('#settlement-final').textContent(), euros('82 023,79'));
    assert.equal(await page.locator('#settlement-paid').textContent(), euros('80 000,00'));
    assert.equal(await page.locator('#settlement-last').textContent(), euros('2 023,79'));
    await toOverview();

    // The ministry receives it and checks it: the content is accepted; the accounts' check asks for
    // completion — why the March salary (voucher 200190) has no payslip.
    await on(mpage, '2022-04-04');
    await receive(finalFile, /vastaanotettu: loppuraportti/);
    await grantPage();
    const firstHeading = mpage.locator('section.received-report h3').filter({ hasText: /^loppuraportti, vastaanotettu 4\.4\.2022$/ });
    const first = await firstHeading.getAttribute('id'); // report-<id>
    const firstId = first.split('-')[1];
    for (const check of ['content', 'accounts']) {
      await mpage.locator(`#${first}-${check}-by`).fill('Maija Virtanen');
      await mpage.locator(`#${first}-${check}-on`).fill('4.4.2022');
    }
    await mpage.locator(`#${first}-content-verdict-accepted`).check();
    await mpage.locator(`#${first}-accounts-verdict-completion-requested`).check();
    const asking = `#completion-${firstId}`;
    await mpage.locator(`${asking}-questions`).fill('Miksi maaliskuun 2020 palkasta ei ole palkkatositetta?');
    const salaryOption = await mpage.locator(`${asking}-choose option`).evaluateAll(
      (options) => options.find((o) => o.textContent.includes(' · 200190 · ')).value,
    );
    await mpage.locator(`${asking}-choose`).selectOption(salaryOption);
    await mpage.locator(`${asking}-add`).click();
    await mpage.locator(`${asking}-entry-${salaryOption}`).fill('Lähettäkää palkkalaskelma tai muu tosite palkan maksusta.');
    await mpage.locator(`${asking}-deadline`).fill('30.4.2022');
    const completionRequest = await download(mpage, mpage.locator(`${asking}-download`));
    const asked = JSON.parse(fs.readFileSync(completionRequest, 'utf8'));
    assert.equal(asked.format, 'hakemus-completion-request');
    assert.deepEqual(
      [asked.request.report.kind, asked.request.deadline, asked.request.entries.map((e) => [e.id, e.voucher, e.net])],
      ['final-report', '2022-04-30', [[2, '200190', '4812.40']]],
    );
    const sentRequest = `completion-${firstId}-${asked.request.id}`;
    assert.equal(await mpage.locator(`#${sentRequest}-state`).textContent(), 'lähetetty');
    await home();

    // The lead opens the request, sees what was asked, answers and saves the answer with the
    // completed report (the same accounts: nothing in them was wrong, the payslip was).
    await on(page, '2022-04-06');
    await page.locator('#completion-link').click();
    await page.locator('#no-completions').waitFor();
    await page.locator('#completion-file').setInputFiles(completionRequest);
    const opened = page.locator('section.completion').first();
    await opened.waitFor();
    const row = await opened.getAttribute('id'); // completion-<id>
    assert.equal(
      (await page.locator(`#${row}-about`).textContent()).replace(/\u00a0/g, ' '),
      'Loppuraportti, laadittu 28.3.2022',
    );
    assert.equal(await page.locator(`#${row}-deadline`).textContent(), '30.4.2022');
    const askedEntry = asked.request.entries[0].entry;
    assert.match(
      (await page.locator(`#${row}-entry-${askedEntry}-reported`).textContent()).replace(/\u00a0/g, ' '),
      /^Raportissa: 31\.3\.2020 · tosite 200190 · .* · 4 812,40 €$/,
    );
    assert.match(await page.locator(`label[for="${row}-answer-1"]`).textContent(), /^1\. Miksi maaliskuun 2020 palkasta/);
    await page.locator(`#${row}-answer-1`).fill('Palkkalaskelma jäi skannaamatta palkanlaskennan vaihtuessa.');
    await page.locator(`#${row}-answer-2`).fill('Palkkalaskelma 3/2020 on liitteenä kirjeitse; palkka on maksettu 31.3.2020.');
    const completionAnswer = await download(page, page.locator(`#${row}-save`));
    await page.locator(`#${row}-status`).getByText(/^Vastaus ja täydennetty raportti on tallennettu tiedostoksi/).waitFor();
    assert.equal(await page.locator(`#${row}-state`).textContent(), 'Vastaus tallennettu 6.4.2022');
    assert.equal(JSON.parse(fs.readFileSync(completionAnswer, 'utf8')).report.format, 'hakemus-final-report');
    await clean(page, 'the lead\'s completion request answered');
    await toOverview();
    assert.equal(await page.locator('#grant-completions-due li').count(), 0, 'answered: nothing due');

    // The ministry takes the answer: the request answered, the completed report received to be
    // checked again, and checked: its accounts with the salary left out.
    await on(mpage, '2022-04-08');
    await receive(completionAnswer, /vastaanotettu täydennys: loppuraportti/);
    await grantPage();
    assert.equal(await mpage.locator(`#${sentRequest}-state`).textContent(), 'vastattu 6.4.2022');
    assert.equal(
      await mpage.locator(`#${sentRequest}-answer-2`).textContent(),
      'Palkkalaskelma 3/2020 on liitteenä kirjeitse; palkka on maksettu 31.3.2020.',
    );
    assert.match(await mpage.locator(`#${sentRequest}-completed`).textContent(), /^Täydennetty raportti vastaanotettu 8\.4\.2022/);
    const heading = mpage.locator('section.received-report h3').filter({ hasText: /^loppuraportti, vastaanotettu 8\.4\.2022$/ });
    const report = await heading.getAttribute('id'); // report-<id>
    assert.notEqual(report, first);
    assert.equal(await mpage.locator(`#${first}-state`).textContent(), 'täydennetty');
    assert.equal(await mpage.locator(`#${report}-state`).textContent(), 'saapunut');
    for (const check of ['content', 'accounts']) {
      await mpage.locator(`#${report}-${check}-by`).fill('Maija Virtanen');
      await mpage.locator(`#${report}-${check}-on`).fill('8.4.2022');
      await mpage.locator(`#${report}-${check}-verdict-accepted`).check();
    }
    // As filed, before any entry is left out.
    const figure = (slug) => mplain(`#${report}-${slug}`);
    assert.equal(await figure('eligible-filed'), '96 498,58 €');
    assert.equal(await figure('final-grant-filed'), '82 023,79 €');
    assert.equal(await figure('last-instalment-filed'), '2 023,79 €');
    // The March salary's payslip is missing: left out, with the reason.
    const salary = mpage.locator(`#${report}-entries tbody tr`).filter({ hasText: '200190' });
    assert.equal((await salary.locator('td').nth(3).textContent()).replace(/\u00a0/g, ' '), '4 812,40 €');
    const leaveOut = salary.locator('input[type=radio][value="leave-out"]');
    await leaveOut.check();
    const reasonId = (await leaveOut.getAttribute('id')).replace(/-leave-out$/, '-reason');
    await mpage.locator(`#${reasonId}`).fill('Maaliskuun palkkatosite puuttuu kirjanpidosta.');
    await mpage.locator(`#${reasonId}`).blur();
    // Recomputed with the entry left out (by hand above).
    assert.equal(await figure('eligible'), '91 686,18 €');
    assert.equal(await figure('final-grant'), '77 933,25 €');
    assert.equal(await figure('paid'), '80 000,00 €');
    assert.equal(await figure('last-instalment'), '0,00 €');
    assert.equal(await figure('to-return'), '2 066,75 €');
    assert.equal(await figure('to-return-filed'), '0,00 €');
    // The settlement decision: the recovery, and no last instalment.
    assert.equal(await mplain('#settlement-final-grant'), '77 933,25 €');
    assert.equal(await mplain('#settlement-paid'), '80 000,00 €');
    assert.equal(await mplain('#settlement-recovery'), '2 066,75 €');
    assert.equal(await mpage.locator('#settlement-last-instalment').count(), 0);
    await on(mpage, '2022-04-11');
    await mpage.locator('#settlement-decided-on').fill('11.4.2022');
    await mpage.locator('#settlement-decider').fill('Maija Virtanen');
    await mpage.locator('#settlement-recovery-due').fill('31.5.2022');
    await mpage.locator('#check-follow-up').click();
    await mpage.locator('#error-summary').waitFor();
    assert.equal(await mpage.locator('#summary-errors li').count(), 0, await mpage.locator('#error-summary').textContent());
    assert.equal(await mpage.locator('#error-summary p.ok').textContent(), 'Seurannassa ei ole virheitä.');
    assert.equal(await mpage.locator(`#${report}-state`).textContent(), 'hyväksytty');
    await clean(mpage, 'the grant page after the leave-out');

    // The settlement decision to print.
    await mpage.locator('#settlement-print-link').click();
    await mpage.locator('#settlement-print').waitFor();
    assert.equal(await mpage.locator('#settlement-missing').count(), 0);
    assert.equal(await mplain('#print-grant'), '181 500,00 €');
    assert.equal(await mplain('#print-final-grant'), '77 933,25 €');
    assert.equal(await mplain('#print-paid'), '80 000,00 €');
    assert.equal(
      await mplain('#settlement-recovery'),
      'Liikaa maksettu avustus 2 066,75 € tulee palauttaa valtionavustuslain 20 §:n mukaisesti viimeistään 31.5.2022.',
    );
    assert.equal(await mpage.locator('#settlement-last-instalment').count(), 0);
    assert.equal(await mpage.locator('#settlement-date').textContent(), '11.4.2022');
    assert.match(await mpage.locator('#settlement-signature').textContent(), /^Maija Virtanen/);
    await clean(mpage, 'the settlement decision to print');

    // 7. The payment list and its CSV.
    await mpage.getByRole('link', { name: 'Takaisin avustuksen seurantaan' }).click();
    await mpage.locator('#grant-granted').waitFor();
    await home();
    await mpage.locator('#payments-link').click();
    await mpage.locator('#payments').waitFor();
    assert.equal(await mplain('#payments-total'), '80 000,00 €');
    await mpage.locator('#payment-findings-none').waitFor();
    const csv = excelRows(await download(mpage, mpage.locator('#payments-csv')));
    const [head, ...body] = csv;
    const col = (name) => {
      const i = head.indexOf(name);
      assert.ok(i >= 0, `the CSV has the column ${name}: ${head.join(';')}`);
      return i;
    };
    const [payee, businessId, amount, instalment] = ['Maksunsaaja (hankehallinnoija)', 'Y-tunnus', 'Määrä', 'Erä (maksatushakemus)'].map(col);
    const total = body.pop();
    assert.equal(total[0], 'Yhteensä');
    assert.deepEqual(
      body.map((r) => [r[payee], r[businessId], r[instalment], cents(r[amount])]),
      [
        ['Kiuruvesi', LEAD_BUSINESS_ID, '1', 6_000_000],
        ['Kiuruvesi', LEAD_BUSINESS_ID, '2', 2_000_000],
      ],
    );
    assert.equal(cents(total[amount]), 8_000_000);
    assert.equal(cents(total[amount]), body.reduce((s, r) => s + cents(r[amount]), 0));

    assert.deepEqual(errors, []);
    assert.deepEqual(merrors, []);
  } finally {
    await lead.close();
    await ministry.close();
  }
});
