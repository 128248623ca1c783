'use strict';
// The partners' entries by file in the grant's app (issue 30): the lead of Kiuruvesi's granted
// project requests the entries of two partners (two request files); each partner, in a browser of
// its own, opens its request on the grant's home page, types its entries and returns them by file;
// the lead receives both, sees what each changes (counts, a field before → after), merges them
// into the ledger, where they are borne by the partner and change the eligible total, and undoes a
// merge; a contribution received again after its merge, or for another project, is refused with the
// reason. The pages meet WCAG 2.1 AA in Finnish, Swedish and English.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const {
  collectConsoleErrors,
  download,
  formatViolations,
  openGrant,
  partnerReturns,
  runAxe,
  typeEntry,
  waitForApp,
  withBrowser,
} = require('./support.js');

const env = withBrowser();
const NBSP = '\u00a0';
const euros = (text) => `${text.replace(/ /g, NBSP)}${NBSP}€`;
/** Kiuruvesi's partners Iisalmi and Tuusniemi, by their applicant ids in the application. */
const IISALMI = 9;
const TUUSNIEMI = 10;

/** The ledger's figures, read on its page. */
async function ledgerFigures(page) {
  await page.locator('#ledger-link').click();
  await page.locator('#ledger-eligible').waitFor();
  const figures = {
    count: await page.locator('#ledger-count').textContent(),
    eligible: await page.locator('#ledger-eligible').textContent(),
    bearers: await page.locator('#ledger-body select[id$="-bearer"] option:checked').allTextContents(),
  };
  await page.getByRole('link', { name: 'Takaisin hankkeen yleiskuvaan' }).click();
  await page.locator('#partners-link').waitFor();
  return figures;
}

async function toPartners(page) {
  await page.locator('#partners-link').click();
  await page.locator('#ledger-contribution-file').waitFor();
}

async function receive(page, file) {
  await page.locator('#ledger-contribution-file').setInputFiles(file);
  await page.locator('#ledger-compare, #ledger-contribution-result').first().waitFor();
}

test("two partners' entries requested, returned by file, compared, merged, undone; refusals with the reason", async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await openGrant(page, env.server.url);
    const project = new URL(page.url()).pathname;

    // The lead holds one of Iisalmi's entries already: the request carries it.
    await page.locator('#ledger-link').click();
    await typeEntry(page, {
      date: '10.3.2020',
      voucher: 'IS-1',
      category: 'personnel',
      bearer: IISALMI,
      description: 'Iisalmen asiantuntijan palkka, maaliskuu',
      net: '1 000,00',
      vat: '0,00',
    });
    await page.locator('#save-status').getByText(/^Tallennettu/).waitFor();
    await page.getByRole('link', { name: 'Takaisin hankkeen yleiskuvaan' }).click();
    const before = await ledgerFigures(page);
    assert.deepEqual(before, { count: '1', eligible: euros('1 000,00'), bearers: ['Iisalmi'] });

    // The requests: one partner for the project period (the default), one for the first period; a
    // date that is none is said next to its field and makes no request.
    await toPartners(page);
    assert.equal(await page.locator('fieldset.ledger-request').count(), 8, 'every partner but the lead');
    assert.equal(await page.locator(`#ledger-request-${IISALMI}-name`).textContent(), 'Iisalmi');
    assert.equal(await page.locator(`#ledger-request-${IISALMI}-start`).inputValue(), '1.3.2020');
    assert.equal(await page.locator(`#ledger-request-${IISALMI}-end`).inputValue(), '30.11.2021');
    const iisalmiRequest = await download(page, page.getByRole('button', { name: 'Pyydä kirjaukset Iisalmi' }));
    await page.locator('#ledger-request-status').getByText('Iisalmi: Pyyntö tehty ja pyyntötiedosto ladattu.').waitFor();
    await page.locator(`#ledger-request-${TUUSNIEMI}-end`).fill('31.6.2020');
    await page.locator(`#ledger-request-${TUUSNIEMI}-make`).click();
    await page.locator(`#ledger-request-${TUUSNIEMI}-end-msg`).getByText('Kirjoita päivämäärä muodossa p.k.vvvv').waitFor();
    await page.waitForFunction((id) => document.activeElement?.id === id, `ledger-request-${TUUSNIEMI}-end`);
    assert.equal(await page.locator('#ledger-requests tbody tr').count(), 1);
    // An end before the start is said at the end, and makes no request either.
    await page.locator(`#ledger-request-${TUUSNIEMI}-end`).fill('28.2.2020');
    await page.locator(`#ledger-request-${TUUSNIEMI}-make`).click();
    await page.locator(`#ledger-request-${TUUSNIEMI}-end-msg`).getByText('Kauden loppu on ennen sen alkua.').waitFor();
    assert.equal(await page.locator('#ledger-requests tbody tr').count(), 1);
    await page.locator(`#ledger-request-${TUUSNIEMI}-end`).fill('30.6.2020');
    const tuusniemiRequest = await download(page, page.locator(`#ledger-request-${TUUSNIEMI}-make`));
    const requests = await page.locator('#ledger-requests tbody tr').allTextContents();
    assert.equal(requests.length, 2);
    assert.match(requests[0], /^Iisalmi.*1\.3\.2020–30\.11\.2021Ei palautettu$/);
    assert.match(requests[1], /^Tuusniemi.*1\.3\.2020–30\.6\.2020Ei palautettu$/);

    // Each partner in a browser of its own: the request opens as its copy, the carried entry changed
    // and one or two typed.
    const seen = {};
    const iisalmiReturn = await partnerReturns(
      env.browser,
      env.server.url,
      iisalmiRequest,
      [{ date: '20.4.2020', voucher: 'IS-2', category: 'travel', description: 'Työpajamatka Kiuruvedelle', net: '84,60', vat: '0,00' }],
      {
        edit: async (p) => p.locator('#ledger-body input[id$="-net"]').first().fill('1 250,00'),
        inspect: async (p, where) => {
          if (where !== 'overview') return;
          seen.facts = {
            project: await p.locator('#partner-copy-project').textContent(),
            lead: await p.locator('#partner-copy-lead').textContent(),
            partner: await p.locator('#partner-copy-partner').textContent(),
            period: await p.locator('#partner-copy-period').textContent(),
            count: await p.locator('#partner-copy-count').textContent(),
          };
          // The lead's pages are not a partner's: not linked.
          seen.links = await p.locator('nav.grant-pages a').evaluateAll((as) => as.map((a) => a.id));
          // Listed at home as a partner's copy.
          await p.locator('header a[href="/grant"]').click();
          seen.listed = await p.locator('table.grants tbody tr').first().textContent();
          await p.locator('table.grants tbody a').first().click();
          await p.locator('#partner-copy-facts').waitFor();
        },
      },
    );
    assert.deepEqual(seen.facts, {
      project: 'Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun kuntien yhteistyönä',
      lead: 'Kiuruvesi',
      partner: 'Iisalmi',
      period: '1.3.2020–30.11.2021',
      count: '1',
    });
    assert.deepEqual(seen.links, ['ledger-link']);
    assert.match(seen.listed, /Kiuruvesi.*Osatoteuttajan kirjaukset: Iisalmi/);
    const tuusniemiReturn = await partnerReturns(env.browser, env.server.url, tuusniemiRequest, [
      { date: '2.3.2020', voucher: 'TU-1', category: 'personnel', description: 'Tuusniemen projektisihteeri, maaliskuu', net: '2 100,00', vat: '0,00' },
      { date: '15.5.2020', voucher: 'TU-2', category: 'purchased-services', description: 'Prosessikuvauksen työpaja', net: '600,00', vat: '144,00' },
    ]);

    // Iisalmi's return: one added, one changed (before → after), none removed; nothing changed yet.
    await receive(page, iisalmiReturn);
    await page.locator('#ledger-compare-title').getByText('Mitä palautus muuttaa: Iisalmi').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'ledger-compare-title');
    const counts = async () => [
      await page.locator('#ledger-count-added strong').textContent(),
      await page.locator('#ledger-count-changed strong').textContent(),
      await page.locator('#ledger-count-removed strong').textContent(),
    ];
    assert.deepEqual(await counts(), ['1', '1', '0']);
    const change = page.locator('#ledger-compare tr[id$="-change-0"]');
    assert.equal(await change.locator('th').textContent(), 'Summa ilman arvonlisäveroa (€)');
    assert.equal(await change.locator('td.before').textContent(), euros('1 000,00'));
    assert.equal(await change.locator('td.theirs').textContent(), euros('1 250,00'));
    await page.locator('#ledger-compare').getByText(`Lisättävä kirjaus: 20.4.2020 · IS-2 · Työpajamatka Kiuruvedelle · ${euros('84,60')}`).waitFor();
    await page.getByRole('button', { name: 'Yhdistä kirjaukset' }).click();
    await page.locator('#ledger-contribution-result').getByText('Kirjaukset yhdistetty projektikirjanpitoon.').waitFor();

    // Tuusniemi's: two added.
    await receive(page, tuusniemiReturn);
    await page.locator('#ledger-compare-title').getByText('Mitä palautus muuttaa: Tuusniemi').waitFor();
    assert.deepEqual(await counts(), ['2', '0', '0']);
    await page.locator('#ledger-merge').click();
    await page.locator('#ledger-contribution-result').getByText('Kirjaukset yhdistetty').waitFor();
    assert.match(await page.locator('#ledger-requested-1-row').textContent(), /Saapunut .*, yhdistetty /);

    // In the ledger: borne by the partners, the eligible total theirs: 1 250 + 84.60 + 2 100 + 600.
    await page.getByRole('link', { name: 'Takaisin hankkeen yleiskuvaan' }).click();
    const merged = await ledgerFigures(page);
    assert.deepEqual(merged, {
      count: '4',
      eligible: euros('4 034,60'),
      bearers: ['Iisalmi', 'Iisalmi', 'Tuusniemi', 'Tuusniemi'],
    });

    // Tuusniemi's merge undone: its entries gone again.
    await toPartners(page);
    await page.locator('#ledger-undo-1-0').click();
    await page.locator('#ledger-contribution-result').getByText('Yhdistäminen kumottu').waitFor();
    assert.match(await page.locator('#ledger-requested-1-row').textContent(), /Saapunut .*, ei yhdistetty/);
    await page.getByRole('link', { name: 'Takaisin hankkeen yleiskuvaan' }).click();
    assert.deepEqual(await ledgerFigures(page), {
      count: '2',
      eligible: euros('1 334,60'),
      bearers: ['Iisalmi', 'Iisalmi'],
    });

    // Iisalmi's again, after its merge: refused with the reason, nothing changed.
    await toPartners(page);
    await receive(page, iisalmiReturn);
    const result = page.locator('#ledger-contribution-result');
    await result.getByText('Kirjauksia ei yhdistetty: tämä palautus on jo yhdistetty').waitFor();
    await result.getByText('Mitään ei tallennettu eikä muutettu.').waitFor();
    assert.equal(await page.locator('#ledger-compare').count(), 0);

    // For another project (the same decision opened again is another granted project): refused.
    await page.locator('header a[href="/grant"]').click();
    await openGrant(page, null);
    assert.notEqual(new URL(page.url()).pathname, project);
    await toPartners(page);
    await receive(page, tuusniemiReturn);
    await result.getByText('Kirjauksia ei yhdistetty: palautus vastaa toisen hankkeen kirjauspyyntöön.').waitFor();
    await page.locator('#no-ledger-requests').waitFor();

    // Kept: the first project after a reload has its requests and the merge.
    await page.goto(new URL(project, env.server.url).href);
    await waitForApp(page);
    await page.locator('#partners-link').waitFor();
    assert.equal((await ledgerFigures(page)).count, '2');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

for (const [locale, request, merge] of [
  ['fi-FI', 'Pyydä kirjaukset', 'Yhdistä kirjaukset'],
  ['sv-SE', 'Begär posterna', 'För in posterna'],
  ['en-GB', 'Request the entries', 'Merge the entries'],
]) {
  test(`the partners' pages meet WCAG 2.1 AA (${locale})`, async () => {
    const context = await env.browser.newContext({ locale, acceptDownloads: true });
    try {
      const page = await context.newPage();
      const clean = async (p = page) => {
        const violations = await runAxe(p);
        assert.equal(violations.length, 0, formatViolations(violations));
      };
      await openGrant(page, env.server.url);
      await toPartners(page);
      await clean();
      // A date that is none, said next to its field.
      await page.locator(`#ledger-request-${IISALMI}-start`).fill('1.13.2020');
      await page.locator(`#ledger-request-${IISALMI}-make`).click();
      await page.locator(`#ledger-request-${IISALMI}-start-msg .field-error`).waitFor();
      await clean();
      await page.locator(`#ledger-request-${IISALMI}-start`).fill('1.3.2020');
      const requestFile = await download(page, page.locator(`#ledger-request-${IISALMI}-make`));
      assert.match(await page.locator(`#ledger-request-${IISALMI}-make`).textContent(), new RegExp(`^${request}`));
      await page.locator('#ledger-requests').waitFor();
      await clean();

      // The partner's copy: its overview and its ledger.
      const returned = await partnerReturns(
        env.browser,
        env.server.url,
        requestFile,
        [{ date: '2.3.2020', voucher: 'A1', category: 'personnel', description: 'x', net: '10,00', vat: '0,00' }],
        { locale, inspect: async (p) => clean(p) },
      );

      // The comparison, the merge with its undo, and a refusal.
      await receive(page, returned);
      await page.locator('#ledger-compare').waitFor();
      await clean();
      await page.getByRole('button', { name: merge }).click();
      await page.locator('#ledger-undo').waitFor();
      await clean();
      await receive(page, returned);
      await page.locator('#ledger-contribution-result.error-summary').waitFor();
      await clean();
    } finally {
      await context.close();
    }
  });
}
