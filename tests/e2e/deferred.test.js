'use strict';
// The six deferred applications of 2019 (issue 31's "done when", docs/rules.md §12.1), in three
// browsers: the ministry's and two leads'. Decision 004 defers six projects ("päätökset tehdään
// erikseen myöhemmin lisäselvitysten jälkeen"); here they are six applications named as the
// decision names them (the complete example application under each project's name).
//
// 10.3.2020, the ministry: the six deferred in the funding proposal; a request for further
// clarification written to each and saved as its file. Helsinki's asks a question and the budget
// revised; Tampere's a question only; Espoo's has the deadline 20.3.2020; the other three
// 30.4.2020.
// 25.3.2020, the lead of Helsinki's project (its own browser) opens the request as a draft, lowers
//   its budget line from 213 552,95 € to 200 000,00 € and asks 170 000,00 € (85 % of 200 000,00),
//   answers, and saves the clarification; the lead of Tampere's project (a third browser) answers
//   the question only.
// 15.4.2020, the ministry reads both answers: Helsinki's budget changed and nothing outside it,
//   Tampere's application unchanged. The list: two answered on 25.3.2020, Espoo's late (nothing
//   came by 20.3.2020), three sent.
// The second decision on the deferred grants Helsinki's clarified application 170 000,00 €: of the
//   appropriation 30 000 000,00 €, the first decision granted none of these six (they were
//   deferred), so 30 000 000,00 − 0,00 − 170 000,00 = 29 830 000,00 € is left. Printed.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, download, formatViolations, runAxe, savedWith, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const COMPLETE = path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json');
const at = (p) => new URL(p, env.server.url).href;
const plain = (s) => (s || '').replace(/\u00a0/g, ' ');

// Decision 004's six projects that "edellyttävät jatkoselvitystä", in its order.
const DEFERRED = [
  'Kuntien varhaiskasvatuksen toiminnanohjaus- ja asiakasvuorovaikutusjärjestelmän kehittäminen', // Espoo
  'Tieto asiakkaan tukena (TAT)', // Etelä-Karjalan sote
  'Kaupunki omadataoperaattorina', // Helsinki
  'Ihmislähtöisen palveluverkon suunnittelun toimintamalli', // Kuopio
  'Varhaiskasvatuksen digitaalisen palveluprosessin kehittäminen', // Paimio
  'Edistyneen analytiikan kehittäminen lapsiperheiden palveluiden tiedolla johtamisessa', // Tampere
];
const [ESPOO, , HELSINKI, , , TAMPERE] = DEFERRED;

/** The six application files: the complete example under each project's name. */
function applicationFiles() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-deferred-'));
  return DEFERRED.map((name, i) => {
    const file = JSON.parse(fs.readFileSync(COMPLETE, 'utf8'));
    file.application.project.name_fi = name;
    const to = path.join(dir, `hakemus-${i + 1}.json`);
    fs.writeFileSync(to, JSON.stringify(file, null, 2));
    return to;
  });
}

async function expectAccessible(page, where) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `${where}:\n${formatViolations(violations)}`);
}

/** The list of clarifications as the user reads it: project, state, deadline, answered. */
async function listed(page) {
  const rows = await page.locator('#clarifications tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.replace(/\u00a0/g, ' ').trim())),
  );
  return Object.fromEntries(rows.map(([project, , state, deadline, answered]) => [project, [state, deadline, answered]]));
}

/** A lead, in a browser of its own, opens the request as a draft, answers it and saves the answer. */
async function leadAnswers(requestPath, answer, revise) {
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.clock.setFixedTime(new Date('2020-03-25T09:00:00Z'));
    await page.goto(at('drafts'));
    await waitForApp(page);
    await page.locator('#import-file').setInputFiles(requestPath);
    await page.locator('#save-clarification').waitFor();
    await page.locator('#answer-1').fill(answer);
    if (revise) {
      await revise(page);
      await page.goto(at('clarification'));
      await page.locator('#save-clarification').waitFor();
    }
    const file = await download(page, page.locator('#save-clarification'));
    assert.deepEqual(errors, []);
    return file;
  } finally {
    await context.close();
  }
}

test("the six deferred of 2019 asked for clarification: two answer (one revising its budget), one late, a second decision grants one and prints", async () => {
  const ministry = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const page = await ministry.newPage();
    const errors = collectConsoleErrors(page);
    await page.clock.setFixedTime(new Date('2020-03-10T09:00:00Z'));
    await page.goto(at('reviewer'));
    await waitForApp(page);
    await page.locator('#reviewer-files').setInputFiles(applicationFiles());
    await page.waitForFunction(() => document.querySelectorAll('#applications tbody tr').length === 6);
    await page.locator('#to-proposal').click();
    await page.locator('#proposal tbody tr').nth(5).waitFor();
    for (let i = 0; i < 6; i += 1) {
      await page.locator('#proposal tbody tr').nth(i).getByLabel('Esitys').selectOption('defer');
    }
    const deferred = page.locator('#deferred');
    await deferred.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('#deferred li').length === 6);
    assert.equal(await deferred.getByText(/ei pyydetty/).count(), 6);

    // A request to each: what it asks and by when; saved as a file.
    const requests = {};
    for (const project of DEFERRED) {
      await page.locator('#deferred').getByRole('link', { name: project }).click();
      await page.locator('#request-project').getByText(project).waitFor();
      await page.getByLabel('Kysymys 1').fill(
        project === HELSINKI ? 'Perustelkaa kustannusarvio; voiko hankkeen toteuttaa pienemmällä budjetilla?' : 'Miten hanke eroaa kansallisista omadata- ja analytiikkaselvityksistä?',
      );
      if (project === HELSINKI) await page.getByLabel('Talousarvio').check();
      await page.locator('#request-deadline').fill(project === ESPOO ? '20.3.2020' : '30.4.2020');
      const file = await download(page, page.locator('#save-request'));
      assert.match(path.basename(file), /^hakemus-clarification-request-.*\.json$/);
      const asked = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.equal(asked.format, 'hakemus-clarification-request');
      assert.equal(asked.project, project);
      assert.equal(asked.request.deadline, project === ESPOO ? '2020-03-20' : '2020-04-30');
      requests[project] = file;
      await page.getByRole('link', { name: 'Rahoitusesitys' }).first().click();
    }
    await page.locator('#deferred').getByRole('link', { name: 'Lisäselvitykset' }).click();
    await page.locator('#clarifications tbody tr').nth(5).waitFor();
    const sent = await listed(page);
    for (const project of DEFERRED) {
      assert.deepEqual(sent[project], ['Lähetetty', project === ESPOO ? '20.3.2020' : '30.4.2020', ''], project);
    }

    // Two leads answer, each in a browser of its own; Helsinki's lowers its budget.
    const helsinki = await leadAnswers(requests[HELSINKI], 'Kustannusarviota on tarkistettu: yksi määrittelyvaihe yhdistettiin.', async (drafts) => {
      await drafts.goto(at('budget'));
      await waitForApp(drafts);
      const amount = drafts.getByRole('textbox', { name: 'Summa (€) Rivi 1' });
      await amount.fill('200 000,00');
      await amount.press('Tab');
      const requested = drafts.getByRole('textbox', { name: 'Haettava avustus (€)' });
      await requested.fill('170 000,00');
      await requested.press('Tab');
      assert.equal(plain(await drafts.locator('#max-grant').textContent()), '170 000,00 €');
      await savedWith(drafts, '170 000,00');
    });
    const tampere = await leadAnswers(requests[TAMPERE], 'Hanke tuottaa kuntien yhteisen mallin, jota kansalliset selvitykset eivät kata.');

    // 15.4.2020, the ministry reads the answers.
    await page.clock.setFixedTime(new Date('2020-04-15T09:00:00Z'));
    await page.reload();
    await waitForApp(page);
    await page.locator('#clarifications tbody tr').nth(5).waitFor();
    await page.locator('#open-answer').setInputFiles(helsinki);
    await page.locator('#answer-received').filter({ hasText: HELSINKI }).waitFor();
    await page.locator('#open-answer').setInputFiles(tampere);
    await page.locator('#answer-received').filter({ hasText: TAMPERE }).waitFor();
    const answers = page.locator('.clarification-answer');
    await answers.nth(1).waitFor();
    const byProject = {};
    for (let i = 0; i < 2; i += 1) {
      const said = plain(await answers.nth(i).textContent());
      byProject[said.includes(HELSINKI) ? HELSINKI : TAMPERE] = answers.nth(i);
    }
    const helsinkiSaid = plain(await byProject[HELSINKI].textContent());
    assert.match(helsinkiSaid, /yksi määrittelyvaihe yhdistettiin/);
    assert.match(helsinkiSaid, /200 000,00/);
    assert.match(helsinkiSaid, /170 000,00/);
    assert.equal(await byProject[HELSINKI].locator('tr.outside').count(), 0, "only Helsinki's budget changed");
    assert.notEqual(
      await byProject[HELSINKI].locator('code.original').textContent(),
      await byProject[HELSINKI].locator('code.clarified').textContent(),
      'the clarified version is kept beside the original, each by its fingerprint',
    );
    assert.match(plain(await byProject[TAMPERE].textContent()), /kansalliset selvitykset eivät kata/);

    const now = await listed(page);
    assert.deepEqual(now[HELSINKI], ['Vastattu 25.3.2020', '30.4.2020', '25.3.2020']);
    assert.deepEqual(now[TAMPERE], ['Vastattu 25.3.2020', '30.4.2020', '25.3.2020']);
    assert.deepEqual(now[ESPOO], ['Myöhässä', '20.3.2020', '']);
    for (const project of DEFERRED.filter((p) => ![HELSINKI, TAMPERE, ESPOO].includes(p))) {
      assert.deepEqual(now[project], ['Lähetetty', '30.4.2020', ''], project);
    }
    await expectAccessible(page, 'the list of clarifications, two answered and one late');

    // The second decision: the six deferred, Helsinki's by its clarified version, granted.
    await page.locator('#list-to-second-decision a').click();
    await page.getByRole('heading', { level: 1, name: 'Jatkoselvitystä edellyttäneiden hankkeiden päätös' }).waitFor();
    await page.locator('#proposal tbody tr').nth(5).waitFor();
    assert.equal(await page.locator('#proposal tbody tr').count(), 6);
    const row = page.locator('#proposal tbody tr').filter({ hasText: HELSINKI });
    assert.match(plain(await row.textContent()), /170 000,00/, 'the clarified version asks 170 000,00 €');
    await row.getByLabel('Esitys').selectOption('grant');
    const amount = row.locator('input.amount');
    await amount.fill('170 000,00');
    await amount.press('Tab');
    const figure = async (id) => plain(await page.locator(`#${id}`).textContent());
    assert.equal(await figure('total-appropriation'), '30 000 000,00 €');
    assert.equal(await figure('total-granted-before'), '0,00 €');
    assert.equal(await figure('total-granted'), '170 000,00 €');
    assert.equal(await figure('total-left'), '29 830 000,00 €');
    await expectAccessible(page, 'the second decision, one granted');

    await page.goto(at('reviewer/second-decision/print'));
    await page.getByRole('heading', { level: 1, name: 'Päätös jatkoselvitystä edellyttäneistä hankkeista' }).waitFor();
    // The print reads the stored proposals (a page load): its total once they are read.
    await page.locator('#decision-print').getByText('Myönnettävien avustusten kokonaismäärä on 170 000 euroa.').waitFor();
    const printed = plain(await page.locator('#decision-print').textContent());
    assert.match(printed, /Päätöksellä myönnettiin avustusta yhteensä 0 euroa\./);
    assert.match(printed, /enintään 170 000 euroa, Kaupunki omadataoperaattorina -hankkeeseen\./);
    await expectAccessible(page, 'the second decision printed');
    assert.deepEqual(errors, []);
  } finally {
    await ministry.close();
  }
});
