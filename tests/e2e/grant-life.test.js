'use strict';
// One granted application of Appendix 1 from the decision to the settlement (issue 30's end-to-end
// test): Kiuruvesi's joint project, enintään 181 500,00 €, the call's share 85 % (docs/rules.md §11).
// The lead opens the decision, imports the accounting system's CSV (Windows-1252) and types entries,
// two partners return their entries by file, three interim reports are made, two payment claims are
// made and paid, and the final report goes with the auditor's statement (a PDF). The settlement is
// then computed twice by hand below — once paying a last instalment, once (after an internal charge
// turns out not to be confirmed as booked actual costs) asking for a return under VAL 20 § — and the
// app's settlement page and `hakemus-check` on the final report file give the same figures to the cent.
//
// The browser's clock is set to the day each step would be taken, so that what is "sent" is sent on
// time (the final report by 30.11.2021).
//
// The eligible costs by hand (project period 1.3.2020–30.11.2021; hardware is not eligible, a licence
// is with a justification, an internal charge only when confirmed as booked actual costs):
//   CSV (tests/fixtures/grant/kirjanpito-kiuruvesi.csv), seven rows:
//     3.2.2020 personnel 4 812,40 and 28.2.2020 purchased services 12 400,00: before the start, out;
//     2.3.2020 travel 118,60; 16.3.2020 licence 1 250,00 (its justification typed below);
//     31.3.2020 personnel 4 812,40; 7.4.2020 travel credit −38,90; 30.4.2020 other 356,45
//     → 118,60 + 1 250,00 + 4 812,40 − 38,90 + 356,45 = 6 498,55
//   Iisalmi returns 15.4.2020 personnel 40 000,00; Tuusniemi returns 15.6.2020 personnel 33 501,45
//     → after the first period (30.6.2020): 6 498,55 + 73 501,45 = 80 000,00
//   The lead types 15.9.2020 purchased services 70 000,03 (VAT 16 800,01)
//     → to 31.10.2020: 150 000,03; 85 % = 127 500,0255 → 127 500,02 (rounded down to the cent)
//   The lead types 15.3.2021 personnel 50 000,01 and 1.5.2021 hardware 5 000,00 (VAT 1 200,00, out)
//     → in all E = 200 000,04; 85 % = 170 000,034 → 170 000,03
// Claims: 1 (to 31.10.2020) asks 60 000,00 of the 127 500,02 it may, paid; 2 (to 30.6.2021) asks
// 70 000,00 of 170 000,03 − 60 000,00 = 110 000,03, paid. Paid in all P = 130 000,00.
// Settlement A: final grant = min(181 500,00; 170 000,03) = 170 000,03; last instalment
//   170 000,03 − 130 000,00 = 40 000,03.
// Settlement B: the 15.3.2021 entry is an internal charge not confirmed → E = 150 000,03;
//   final grant = 127 500,02; to return 130 000,00 − 127 500,02 = 2 499,98.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { collectConsoleErrors, download, euros, fillFinalReport, hakemusCheck, importKiuruvesiLedger, makeClaim, openGrant, partnerReturns, recordPaid, withBrowser } = require('./support.js');

const env = withBrowser();

/**
 * `hakemus-check --lang en` on a file the app saved: it passes, and `says(line)` asserts that one of
 * the lines it prints about the file (without the file's name) is `line`.
 */
function checked(file) {
  const run = hakemusCheck([file]);
  assert.equal(run.status, 0, run.out);
  const lines = run.out.split('\n').filter((l) => l.startsWith(`${file}: `)).map((l) => l.slice(file.length + 2));
  const says = (line) => assert.ok(lines.includes(line), `hakemus-check does not say "${line}":\n${lines.join('\n')}`);
  return { says, lines };
}

test('Kiuruvesi from the decision to the settlement: the app and hakemus-check agree to the cent', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    const on = (day) => page.clock.setFixedTime(new Date(`${day}T09:00:00Z`));
    const entry = (n, name) => page.getByRole('textbox', { name: `${name} Kirjaus ${n}` });
    const select = (n, name) => page.getByRole('combobox', { name: `${name} Kirjaus ${n}` });
    const toOverview = async () => {
      await page.getByRole('link', { name: 'Takaisin hankkeen yleiskuvaan' }).click();
      await page.locator('#project-name').waitFor();
    };
    const nth = (suffix, k) => page.locator(`[id^="report-"][id$="-${suffix}"]`).nth(k);
    /** Starts the next period's interim report, fills it in and saves its file; the file's path. */
    const interimReport = async (k, progress) => {
      await page.locator('#reports-link').click();
      await page.locator('[id^="period-"][id$="-start-report"]').first().click();
      await nth('progress', k).fill(progress);
      await nth('impacts', k).fill('Lomakkeiden käsittely on siirtymässä sähköiseksi kunta kerrallaan.');
      const section = nth('progress', k).locator('xpath=ancestor::section[1]');
      const mine = section.locator('input[id*="-indicator-"]');
      for (let i = 0; i < (await mine.count()); i += 1) await mine.nth(i).fill(`${20 * (k + 1)} %`);
      const file = await download(page, nth('save', k));
      await nth('status', k).getByText(/^Tiedosto tehty/).waitFor();
      await toOverview();
      return file;
    };
    /** Adds claim `k` (from 0) up to `until`, asking `amount`; sees what it may ask; saves its file. */
    const claim = async (k, until, amount, may) => checked(await makeClaim(page, k, until, amount, may));
    /** Records what the ministry paid on claim `k`, and goes back to the overview. */
    const paid = async (k, amount, on) => {
      await recordPaid(page, k, amount, on);
      await toOverview();
    };
    const eligible = () => page.locator('#ledger-eligible').textContent();
    /** The number of the ledger's row whose voucher is `voucher`. */
    const rowOf = async (voucher) => {
      for (let n = Number(await page.locator('#ledger-count').textContent()); n > 0; n -= 1) {
        if ((await entry(n, 'Tosite').inputValue()) === voucher) return n;
      }
      assert.fail(`no entry ${voucher}`);
    };
    /** Adds an entry at the end of the accounts, typed as a user types it. */
    const typeEntry = async ({ date, voucher, category, bearer = 'Kiuruvesi', description, net, vat = '' }) => {
      await page.getByRole('button', { name: 'Lisää kirjaus' }).click();
      const n = Number(await page.locator('#ledger-count').textContent());
      await entry(n, 'Päivämäärä').fill(date);
      await entry(n, 'Tosite').fill(voucher);
      await select(n, 'Kustannuslaji').selectOption({ label: category });
      await select(n, 'Kustannuksen kantaja').selectOption({ label: bearer });
      await entry(n, 'Kuvaus').fill(description);
      await entry(n, 'Summa ilman arvonlisäveroa (€)').fill(net);
      if (vat) await entry(n, 'Arvonlisävero (€)').fill(vat);
      return n;
    };

    // The decision opens the granted project.
    await on('2020-03-02');
    await openGrant(page, env.server.url);
    assert.equal(await page.locator('#grant-amount').textContent(), `enintään ${euros('181 500,00')}`);

    // The accounts: the accounting system's CSV, the licence justified.
    await importKiuruvesiLedger(page);

    // The partners' entries, returned by file.
    await on('2020-07-01');
    await toOverview();
    await page.locator('#partners-link').click();
    for (const [applicant, name, entry] of [
      [9, 'Iisalmi', { date: '15.4.2020', voucher: 'IIS-2020-041', category: 'personnel', description: 'Projektityö, huhti–kesäkuu', net: '40 000,00' }],
      [10, 'Tuusniemi', { date: '15.6.2020', voucher: 'TUU-88', category: 'personnel', description: 'Lomakkeiden pilotointi', net: '33 501,45' }],
    ]) {
      // The lead asks for the partner's entries of the first period; the partner, on its own
      // computer, types its entry and returns the file; the lead reads the comparison and merges.
      await page.locator(`#ledger-request-${applicant}-start`).fill('1.3.2020');
      await page.locator(`#ledger-request-${applicant}-end`).fill('30.6.2020');
      const request = await download(page, page.locator(`#ledger-request-${applicant}-make`));
      const returned = await partnerReturns(env.browser, env.server.url, request, [entry]);
      await page.locator('#ledger-contribution-file').setInputFiles(returned);
      await page.locator('#ledger-compare').waitFor();
      assert.equal(await page.locator('#ledger-count-added strong').textContent(), '1', name);
      assert.equal(await page.locator('#ledger-count-changed strong').textContent(), '0', name);
      await page.locator('#ledger-merge').click();
      await page.locator('#ledger-undo').waitFor();
    }
    await toOverview();
    await page.locator('#ledger-link').click();
    assert.equal(await eligible(), euros('80 000,00'));
    // The partners' entries are in the accounts as theirs.
    for (const [voucher, bearer] of [['IIS-2020-041', 'Iisalmi'], ['TUU-88', 'Tuusniemi']]) {
      const n = await rowOf(voucher);
      assert.equal(await select(n, 'Kustannuksen kantaja').locator('option:checked').textContent(), bearer);
    }
    await toOverview();

    // The first interim report (1.3.–30.6.2020): its figures as the file states them.
    const report1 = checked(await interimReport(0, 'Hanke käynnistyi; lomakkeiden nykytila on kuvattu.'));
    report1.says('Reporting period: 2020-03-01 – 2020-06-30');
    report1.says('Realised costs of the period: €80,000.00 (VAT: €345.62)');
    report1.says('Realised costs in all to the period\'s end: €97,212.40 (VAT: €3,321.62)');
    report1.says('  Eligible realised costs: €80,000.00');

    // The lead's costs of the autumn; the second report and the first claim.
    await on('2020-11-05');
    await page.locator('#ledger-link').click();
    await typeEntry({ date: '15.9.2020', voucher: 'OL-2020-77', category: 'Ostopalvelut yksinomaan hanketta varten (tutkimus, tietämys, konsultointi)', description: 'Lomakepalvelun toteutus, 1. vaihe', net: '70 000,03', vat: '16 800,01' });
    assert.equal(await eligible(), euros('150 000,03'));
    await toOverview();
    checked(await interimReport(1, 'Ensimmäiset lomakkeet ovat käytössä kahdessa kunnassa.'));

    const claim1 = await claim(0, '31.10.2020', '60 000,00', '127 500,02');
    claim1.says('Eligible realised costs: €150,000.03');
    claim1.says("The grant's share, at most the grant: €127,500.02");
    claim1.says('May be claimed: €127,500.02');
    claim1.says('Amount claimed: €60,000.00');
    await on('2020-12-15');
    await paid(0, '60 000,00', '15.12.2020');

    // The spring's costs; the third report and the second claim.
    await on('2021-03-05');
    await page.locator('#ledger-link').click();
    await typeEntry({ date: '15.3.2021', voucher: 'PL-2021-03', category: 'Henkilöstökustannukset', description: 'Lomakeasiantuntijan palkka', net: '50 000,01' });
    await typeEntry({ date: '1.5.2021', voucher: 'OL-2021-12', category: 'Laitteistohankinnat', description: 'Tabletit lomakkeiden testaukseen', net: '5 000,00', vat: '1 200,00' });
    assert.equal(await eligible(), euros('200 000,04'));
    await toOverview();
    checked(await interimReport(2, 'Lomakkeet ovat käytössä kaikissa kunnissa.'));

    await on('2021-07-01');
    const claim2 = await claim(1, '30.6.2021', '70 000,00', '110 000,03');
    claim2.says('Eligible realised costs: €200,000.04');
    claim2.says('Paid or claimed before: €60,000.00');
    claim2.says('May be claimed: €110,000.03');
    await paid(1, '70 000,00', '15.7.2021');

    // The final report with the auditor's statement.
    await on('2021-11-25');
    await page.locator('#final-link').click();
    await fillFinalReport(page);
    const settleA = checked(await download(page, page.locator('#final-save')));
    await page.locator('#final-status').getByText(/^Tiedosto tehty/).waitFor();
    await toOverview();
    // The overview says what was sent and when.
    assert.deepEqual(await page.locator('#grant-sent li').allTextContents(), [
      'Väliraportti, kausi 1: 1.7.2020',
      'Väliraportti, kausi 2: 5.11.2020',
      'Väliraportti, kausi 3: 5.3.2021',
      'Maksatushakemus 1: 5.11.2020',
      'Maksatushakemus 2: 1.7.2021',
      'Loppuraportti: 25.11.2021',
    ]);

    // Settlement A, by hand above: a last instalment of 40 000,03 €.
    await page.locator('#settlement-link').click();
    const shown = async (id) => page.locator(`#settlement-${id}`).textContent();
    assert.equal(await shown('final'), euros('170 000,03'));
    assert.equal(await shown('paid'), euros('130 000,00'));
    assert.equal(await shown('last'), euros('40 000,03'));
    assert.equal(await page.locator('#settlement-return').count(), 0);
    settleA.says('Final grant: €170,000.03');
    settleA.says('Paid: €130,000.00');
    settleA.says('Last instalment: €40,000.03');
    settleA.says('To be returned (Act on Discretionary Government Transfers, 20 §): €0.00');
    settleA.says('Realised total costs without VAT: €222,212.44 (VAT: €21,321.63)');
    await toOverview();

    // Settlement B: the auditor finds the March entry an internal charge not confirmed as booked
    // actual costs. The final report is made again; 2 499,98 € is to be returned.
    await page.locator('#ledger-link').click();
    const march = await rowOf('PL-2021-03');
    await page.getByRole('checkbox', { name: `Sisäinen veloitus Kirjaus ${march}` }).check();
    assert.equal(await eligible(), euros('150 000,03'));
    await toOverview();
    await page.locator('#final-link').click();
    const settleB = checked(await download(page, page.locator('#final-save')));
    await toOverview();
    await page.locator('#settlement-link').click();
    assert.equal(await shown('final'), euros('127 500,02'));
    assert.equal(await shown('return'), euros('2 499,98'));
    assert.equal(await page.locator('#settlement-last').count(), 0);
    settleB.says('Final grant: €127,500.02');
    settleB.says('Last instalment: €0.00');
    settleB.says('To be returned (Act on Discretionary Government Transfers, 20 §): €2,499.98');

    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
