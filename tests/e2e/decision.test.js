'use strict';
// The funding decision faithful to the call (issue 26): a proposal decides one call, and an
// application of the other call is listed apart, not ranked; an application's own errors are shown
// beside it and a grant to it is flagged; a deferral takes the decision's words as its reason; a
// withdrawn application is counted as arrived and left out of the appendix; the printed decision is
// the whole of decision 004 in its order; axe on both pages.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, formatViolations, runAxe, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const COMPLETE = path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json');
const SAMPLE = path.join(REPO_ROOT, 'tests/fixtures/exchange/sample.json');

async function expectAccessible(page, where) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `${where}:\n${formatViolations(violations)}`);
}

test('a proposal decides one call and prints the whole decision', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-decision-'));
  // The complete application again, made in the knowledge-management call (call I).
  const callOne = JSON.parse(fs.readFileSync(COMPLETE, 'utf8'));
  callOne.call = 'vm-2019-tiedolla-johtaminen';
  callOne.application.call = 'vm-2019-tiedolla-johtaminen';
  callOne.application.project.name_fi = 'Talouden tiedolla johtaminen';
  const callOneFile = path.join(dir, 'call-1.json');
  fs.writeFileSync(callOneFile, JSON.stringify(callOne, null, 2));
  // And asking for more than 85 % of its costs: 85 % of 200 000,00 is 170 000,00 < 181 520,00.
  const over = JSON.parse(fs.readFileSync(COMPLETE, 'utf8'));
  over.application.project.name_fi = 'Lomakkeet liian suurella pyynnöllä';
  over.application.budget.lines[0].amount = '200000.00';
  const overFile = path.join(dir, 'over.json');
  fs.writeFileSync(overFile, JSON.stringify(over, null, 2));

  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  const page = await context.newPage();
  const errors = collectConsoleErrors(page);
  await page.goto(new URL('reviewer', env.server.url).href);
  await waitForApp(page);
  await page.locator('#reviewer-files').setInputFiles([COMPLETE, SAMPLE, callOneFile, overFile]);
  await page.waitForFunction(() => document.querySelectorAll('#applications tbody tr').length === 4);

  await page.locator('#to-proposal').click();
  await page.locator('#proposal tbody tr').nth(1).waitFor();
  // The joint call is decided: its three applications are in the table; call I's is listed apart.
  assert.equal(await page.locator('#proposal-call').inputValue(), 'vm-2019-yhteishankkeet');
  await page.locator('#proposal tbody tr').nth(2).waitFor();
  assert.equal(await page.locator('#proposal tbody tr').count(), 3);
  const apart = page.locator('#other-call');
  await apart.waitFor();
  assert.match(await apart.textContent(), /Talouden tiedolla johtaminen/);
  assert.match(await apart.textContent(), /Kunnan tiedolla johtamisen parantaminen/);
  // Call I chosen: its application is decided, the joint call's listed apart; and back.
  await page.locator('#proposal-call').selectOption('vm-2019-tiedolla-johtaminen');
  await page.waitForFunction(() => document.querySelectorAll('#proposal tbody tr').length === 1);
  assert.match(await page.locator('#proposal tbody tr').textContent(), /Talouden tiedolla johtaminen/);
  assert.match(await apart.textContent(), /Sähköiset lomakkeet/);
  await page.locator('#proposal-call').selectOption('vm-2019-yhteishankkeet');
  await page.waitForFunction(() => document.querySelectorAll('#proposal tbody tr').length === 3);
  assert.match(await apart.textContent(), /Talouden tiedolla johtaminen/);

  const row = (text) => page.locator('#proposal tbody tr').filter({ has: page.locator('th', { hasText: text }) });
  const kiuru = row('Sähköiset lomakkeet');
  const pargas = row('Parainen');
  const tooMuch = row('liian suurella pyynnöllä');

  // A grant is at most the lower of the request and the application's own 85 % maximum: proposed,
  // the amount is the maximum rounded down; one cent over it is an error once the field is left.
  await tooMuch.getByLabel('Esitys').selectOption('grant');
  assert.equal(await tooMuch.getByLabel('Enintään (€)').inputValue(), '170 000,00');
  await page.locator('#proposal-step').selectOption('cent');
  await tooMuch.getByLabel('Enintään (€)').fill('170 000,01');
  await tooMuch.getByLabel('Enintään (€)').press('Tab');
  await tooMuch.locator('.field-error', { hasText: 'suurempi kuin hakemuksen enimmäisavustus 170 000,00 €' }).waitFor();
  // Its one error of its own is the request over 85 %, which the grant settles: not flagged.
  assert.equal(await tooMuch.locator('.application-errors li').count(), 1);
  await tooMuch.getByLabel('Esitys').selectOption('refuse');
  await page.locator('#proposal-step').selectOption('hundred');
  // Parainen's application has errors of its own (sample.json): shown beside it.
  const own = pargas.locator('.application-errors');
  await own.waitFor();
  const count = Number((await own.locator('summary').textContent()).match(/^Hakemuksen omat virheet: (\d+)$/)[1]);
  assert.ok(count > 5);
  // Folded by default (a long list would make the row as tall as the page); opened, each is listed.
  assert.equal(await own.locator('li').first().isVisible(), false);
  await own.locator('summary').click();
  assert.equal(await own.locator('li').count(), count);
  await own.locator('li').first().waitFor();
  assert.equal(await kiuru.locator('.application-errors').count(), 0, 'the complete one has none');

  // A grant to it is flagged, at its status and in the summary.
  await pargas.getByLabel('Esitys').selectOption('grant');
  await kiuru.getByLabel('Esitys').selectOption('grant');
  // The decision for one grant, for its lead: Kiuruvesi's entry alone, a decision file of its own.
  const [extract] = await Promise.all([
    page.waitForEvent('download'),
    kiuru.getByRole('button', { name: /^Lataa päätösote hakijalle/ }).click(),
  ]);
  assert.match(extract.suggestedFilename(), /^paatosote-sahkoiset-lomakkeet.*-\d{4}-\d{2}-\d{2}\.json$/);
  const one = JSON.parse(fs.readFileSync(await extract.path(), 'utf8'));
  assert.equal(one.format, 'hakemus-decision');
  assert.deepEqual(one.proposal.entries.map((e) => [e.application.lead, e.status, e.amount]), [['Kiuruvesi', 'grant', '181500.00']]);
  assert.equal(await pargas.getByRole('button', { name: /päätösote/ }).count(), 1, 'Parainen is granted too');
  assert.equal(await tooMuch.getByRole('button', { name: /päätösote/ }).count(), 0, 'not for a refusal');
  await page.getByRole('button', { name: 'Tarkista esitys' }).click();
  const summary = page.locator('#proposal-summary');
  await summary.getByRole('link', { name: /Myönnettäväksi esitetyssä hakemuksessa on \d+ virhettä/ }).waitFor();
  await pargas.locator('.field-error', { hasText: 'Myönnettäväksi esitetyssä hakemuksessa' }).waitFor();
  await expectAccessible(page, 'fi /reviewer/decision with an application with errors granted');

  // Deferred instead: the decision's own words are its reason; the flag is gone.
  await pargas.getByLabel('Esitys').selectOption('defer');
  assert.equal(await pargas.getByLabel('Perustelu').inputValue(), 'Päätökset tehdään erikseen myöhemmin lisäselvitysten jälkeen.');
  await summary.locator('.ok').waitFor();
  assert.equal(await summary.locator('.ok').textContent(), 'Ehdotuksessa ei ole virheitä.', 'said of the proposal, not of a budget');

  // Withdrawn: counted as arrived, in no other total.
  await pargas.getByLabel('Esitys').selectOption('withdrawn');
  assert.equal(await page.locator('#count-arrived').textContent(), '3');
  assert.equal(await page.locator('#count-withdrawn').textContent(), '1');
  assert.equal((await page.locator('#total-requested').textContent()).replace(/\u00a0/g, ' '), '363 040,00 €');
  // What the other call's decision already granted from the shared appropriation.
  await page.getByLabel('Määrärahasta jo myönnetty (€)').fill('29 900 000');
  assert.equal((await page.locator('#total-left').textContent()).replace(/\u00a0/g, ' '), '−81 500,00 €');
  await summary.getByRole('link', { name: /ylittävät määrärahan/ }).waitFor();
  await page.getByLabel('Määrärahasta jo myönnetty (€)').fill('');
  await summary.locator('.ok').waitFor();

  // The printed decision: decision 004 from its background to its appeal, with the counts.
  await page.getByRole('link', { name: 'Tulostettava päätös' }).click();
  await page.locator('#decision-print').waitFor();
  const printed = (await page.locator('#decision-print').textContent()).replace(/\u00a0/g, ' ');
  const inOrder = [
    '26.2.2020',
    'VALTIOVARAINMINISTERIÖN PÄÄTÖS AVUSTUKSESTA KUNTIEN DIGITALISAATION YHTEISHANKKEISIIN',
    'Taustaa',
    'Avustuksen kohteet',
    'Ministeriön ilmoittamaan määräaikaan 19.12.2019 mennessä avustushakemuksia saapui 3. Yksi hanke perui myöhemmin hakemuksensa. Haettu avustusmäärä saapuneissa hakemuksissa oli yhteensä 363 040 euroa.',
    'Kiuruveden kaupungille ja muille hakemuksessa mainituille kunnille enintään 181 500 euroa',
    'Muille avustusta hakeneille kunnille ei kokonaisvaltaisen harkinnan perusteella myönnetä avustusta. Ne hankkeet, joille avustusta myönnetään, täyttävät hakukohteet ja toteuttavat arviointikriteereitä näitä paremmin.',
    'Myönnettävien avustusten kokonaismäärä on 181 500 euroa.',
    'Avustuksen käytön ehdot',
    'Myönnettävän valtionavustuksen enimmäismäärä voi olla enintään 85 prosenttia',
    'valtionavustuslain 20 §:n mukaisesti',
    'Muutoksenhaku',
    'hakea oikaisua 30 päivän kuluessa päätöksen tiedoksisaannista',
  ];
  let from = 0;
  for (const text of inOrder) {
    const at = printed.indexOf(text, from);
    assert.ok(at >= 0, `"${text}" printed after what came before it`);
    from = at + text.length;
  }
  assert.equal(await page.locator('#decision-print h1').count(), 1);
  assert.equal(await page.locator('#decision-print ol.parenthesised li').count(), 5, 'the five eligible costs');
  assert.equal(await page.locator('#decision-print table.appendix tbody tr').count(), 2, 'the withdrawn one is not in the appendix');
  assert.ok(!printed.includes('Talouden tiedolla johtaminen'), 'nothing of the other call');
  await expectAccessible(page, 'fi /reviewer/decision/print, the whole decision');

  assert.deepEqual(errors, []);
  await context.close();
});
