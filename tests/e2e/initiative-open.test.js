'use strict';
// End to end (issue 29): the lead opens its candidate joint project (the ministry's workshop's
// `hakemus-joint-project` file) or its own initiative on the drafts page, and gets a new application
// draft filled in: the project's name and targets, the group as applicants, the initiatives'
// descriptions carried into the matching questions, each behind the line naming its initiative.
// Filled in with what the first phase cannot know, its export passes `hakemus-check`.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { collectConsoleErrors, completeCarriedDraft, formatViolations, hakemusCheck, runAxe, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const url = (p) => new URL(p, env.server.url).href;

const REPO_ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/initiative');
const PROJECT = path.join(FIXTURES, 'joint-project.json');
const INITIATIVE = path.join(FIXTURES, 'initiative.json');
const INTEREST = path.join(FIXTURES, 'interest.json');

/** Imports `file` on the drafts page; the drafter opens the draft made of it. */
async function openOnDraftsPage(page, file) {
  await page.goto(url('drafts'));
  await waitForApp(page);
  await page.locator('#import-file').setInputFiles([file]);
  await page.waitForURL((u) => u.pathname === '/');
  await waitForApp(page);
}

test('a candidate joint project becomes a draft of its three municipalities that, filled in, passes hakemus-check', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(url('drafts'));
    await waitForApp(page);
    assert.match(await page.locator('#opens-first-phase').textContent(), /yhteishankeaihion tai kuntasi oman ehdotuksen/);
    // Switched on the page, the first phase's words come in the language chosen too (the files app
    // installs their table with its own), and back.
    await page.getByLabel('Kieli').selectOption('sv');
    await page.locator('#opens-first-phase').getByText(/^Här kan du också öppna ett utkast till gemensamt projekt/).waitFor();
    await page.getByLabel('Språk').selectOption('fi');
    await page.locator('#opens-first-phase').getByText(/^Täällä voit avata myös/).waitFor();

    await openOnDraftsPage(page, PROJECT);
    const notice = page.locator('#start-notice');
    assert.equal(
      await notice.textContent(),
      'Hakemusluonnos tehtiin yhteishankeaihiosta ”Lomakkeet yhdessä”; hakijoina on 3 kuntaa.',
    );
    assert.equal(await notice.getAttribute('role'), 'status');

    const names = ['Kiuruvesi', 'Vieremä', 'Lapinlahti'];
    const { file, exported } = await completeCarriedDraft(page, {
      municipalities: names,
      // The contacts the first phase gave.
      contact: (name) => `Yhteyshenkilö ${name}`,
      // The descriptions carried, each behind the line naming its initiative, and editable.
      onGoals: async (goals) => {
        const carried = await goals.inputValue();
        assert.ok(
          carried.startsWith('Ehdotuksesta ”Sähköiset lomakkeet” (Kiuruvesi):\nSähköiset lomakkeet: yhteinen palvelu kaikille kunnille'),
          carried,
        );
        assert.match(carried, /\n\nEhdotuksesta ”Lomakkeiden käsittely” \(Vieremä\):\nLomakkeiden käsittely: yhteinen palvelu/);
        await goals.fill(`${carried}\n\nTyöpajassa sovittu: yksi yhteinen lomakepalvelu.`);
      },
    });
    const app = exported.application;
    assert.equal(app.project.name_fi, 'Lomakkeet yhdessä');
    assert.deepEqual(app.targets, ['customer-oriented-processes']);
    assert.deepEqual(app.applicants.map((a) => a.resolved_municipality.name_fi), names);
    // The six questions the descriptions answer, each marked; the edit kept.
    for (const q of ['goals', 'impact-operating-methods', 'impact-scaling', 'impact-costs', 'impact-risks', 'prior-work-reuse']) {
      assert.match(app.answers[q], /^Ehdotuksesta ”Sähköiset lomakkeet” \(Kiuruvesi\):\n/, q);
    }
    assert.match(app.answers['impact-costs'], /Arvio kustannuspotentiaalista: 120\u00a0000,00\u00a0€/);
    assert.match(app.answers.goals, /Työpajassa sovittu: yksi yhteinen lomakepalvelu\.$/);

    const check = hakemusCheck([file]);
    assert.equal(check.status, 0, check.out);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

const ALONE = {
  fi: {
    hint: /^Täällä voit avata myös/,
    said: 'Hakemusluonnos tehtiin ehdotuksesta ”Sähköiset lomakkeet”; hakijana on 1 kunta.',
    goals: 'Hankkeen tavoitteet ja toivottu lopputulos',
    mark: 'Ehdotuksesta ”Sähköiset lomakkeet” (Kiuruvesi):\n',
    interest: /Ilmoitus kiinnostuksesta osallistua lähetetään ministeriölle/,
  },
  sv: {
    hint: /^Här kan du också öppna/,
    said: 'Ett ansökningsutkast gjordes av förslaget ”Sähköiset lomakkeet”; 1 kommun är sökande.',
    goals: 'Projektets mål och önskat slutresultat',
    mark: 'Ur förslaget ”Sähköiset lomakkeet” (Kiuruvesi):\n',
    interest: /En anmälan om intresse att delta skickas till ministeriet/,
  },
  en: {
    hint: /^You can also open a candidate joint project/,
    said: 'An application draft was made from the initiative “Sähköiset lomakkeet”; 1 municipality is the applicant.',
    goals: 'Goals of the project and the outcome you want',
    mark: 'From the initiative “Sähköiset lomakkeet” (Kiuruvesi):\n',
    interest: /An expression of interest is sent to the ministry/,
  },
};

for (const [lang, words] of Object.entries(ALONE)) {
  test(`[${lang}] an initiative pasted alone becomes its proposer's draft; an interest and a broken project are refused; the pages pass axe`, async () => {
    const context = await env.browser.newContext({ locale: { fi: 'fi-FI', sv: 'sv-SE', en: 'en-GB' }[lang] });
    try {
      const page = await context.newPage();
      const errors = collectConsoleErrors(page);
      await page.goto(url('drafts'));
      await waitForApp(page);
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      assert.match(await page.locator('#opens-first-phase').textContent(), words.hint);

      // An expression of interest is not an application: refused, with the reason, and nothing made.
      await page.locator('#import-text').fill(fs.readFileSync(INTEREST, 'utf8'));
      await page.locator('#import-pasted').click();
      const refused = page.locator('#import-result[role="alert"]');
      assert.match(await refused.textContent(), words.interest);
      // A candidate project whose lead is not of its group: refused, the place named.
      const broken = fs.readFileSync(PROJECT, 'utf8').replace('"lead": "Kiuruvesi"', '"lead": "Turku"');
      await page.locator('#import-text').fill(broken);
      await page.locator('#import-pasted').click();
      await page.locator('#import-result[role="alert"]').getByText('project.lead').waitFor();
      assert.equal(await page.locator('table.drafts tbody tr').count(), 0, 'nothing was made');
      let violations = await runAxe(page);
      assert.deepEqual(violations, [], formatViolations(violations));

      await page.locator('#import-text').fill(fs.readFileSync(INITIATIVE, 'utf8'));
      await page.locator('#import-pasted').click();
      await page.waitForURL((u) => u.pathname === '/');
      await waitForApp(page);
      await page.locator('#start-notice').getByText(words.said).waitFor();
      violations = await runAxe(page);
      assert.deepEqual(violations, [], formatViolations(violations));

      await page.goto(url('state-and-goals'));
      await waitForApp(page);
      const goals = await page.getByRole('textbox', { name: words.goals }).inputValue();
      assert.ok(goals.startsWith(words.mark), goals);
      assert.equal(await page.locator('#start-notice').count(), 0, 'said once');

      await page.goto(url('applicants'));
      await waitForApp(page);
      const cards = page.locator('section.applicant');
      assert.equal(await cards.count(), 1);
      assert.equal(await cards.first().getByRole('combobox').first().inputValue(), 'Kiuruvesi');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('a candidate project whose file holds a bidirectional control character says so on the drafts page before its draft is opened', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(url('drafts'));
    await waitForApp(page);
    const withSpace = fs
      .readFileSync(PROJECT, 'utf8')
      .replace('Sähköiset lomakkeet: asiointi siirtyy verkkoon', 'Sähköiset lomakkeet:\u202e asiointi siirtyy verkkoon');
    await page.locator('#import-text').fill(withSpace);
    await page.locator('#import-pasted').click();
    const result = page.locator('#import-result');
    await result.getByText('Huomioita tuodusta tiedostosta').waitFor();
    assert.match(await result.textContent(), /yhteishankeaihiosta ”Lomakkeet yhdessä”/);
    assert.equal(new URL(page.url()).pathname, '/drafts', 'the page stays for the notes to be read');
    await page.locator('#open-imported').click();
    await page.waitForURL((u) => u.pathname === '/');
    await waitForApp(page);
    await page.locator('#start-notice').getByText(/yhteishankeaihiosta ”Lomakkeet yhdessä”/).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
