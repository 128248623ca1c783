'use strict';
// Issue 29, "Done when": the first phase across browsers. Kiuruvesi writes an initiative; Vieremä
// writes a third initiative on the same theme; Sonkajärvi says it would join Kiuruvesi's initiative,
// Lapinlahti only its target. The ministry's browser opens all four files, shows the table, joins the
// two initiatives into one candidate joint project with Kiuruvesi as lead, takes Lapinlahti in,
// prints the workshop list and exports the candidate. Kiuruvesi opens it on its drafts page and gets
// an application draft with every municipality of the group and the descriptions carried over; filled
// in with what the first phase cannot know, it passes `hakemus-check`.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { collectConsoleErrors, completeCarriedDraft, download, exportValidator, formatViolations, hakemusCheck, runAxe, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();
const url = (p) => new URL(p, env.server.url).href;
const TARGET = /^Kehitetään palveluille yhteisiä tietomäärityksiä/;

/** A new initiative of `municipality`, written in full on its form, exported: the file's path. */
async function initiative(context, { municipality, contact, title, text }) {
  const page = await context.newPage();
  const errors = collectConsoleErrors(page);
  await page.goto(url('initiatives'));
  await waitForApp(page);
  await page.getByRole('button', { name: 'Uusi ehdotus' }).click();
  await page.getByRole('heading', { name: 'Ehdotus yhteishankkeeksi', level: 1 }).waitFor();
  await page.getByRole('combobox', { name: 'Kunta' }).fill(municipality);
  await page.getByRole('textbox', { name: 'Yhteyshenkilö', exact: true }).fill(contact);
  await page.getByRole('textbox', { name: 'Yhteyshenkilön sähköposti' }).fill(`${contact.split(' ')[0].toLowerCase()}@example.fi`);
  await page.getByRole('textbox', { name: 'Ehdotuksen nimi' }).fill(title);
  await page.getByRole('checkbox', { name: TARGET }).check();
  for (const d of ['ways-of-working', 'goals', 'significance', 'cost-potential', 'risks']) {
    await page.locator(`#description-${d}`).fill(`${title}: ${text} (${d})`);
  }
  await page.getByRole('radio', { name: 'Uusi idea' }).check();
  await page.getByRole('button', { name: 'Tarkista ehdotus' }).click();
  const summary = page.locator('#error-summary');
  await summary.waitFor();
  assert.equal(await summary.getByRole('heading', { name: 'Korjaa seuraavat kohdat' }).count(), 0, await summary.textContent());
  const file = await download(page, page.getByRole('button', { name: 'Lataa ehdotus tiedostona' }));
  assert.deepEqual(errors, []);
  return file;
}

/** An expression of interest of `municipality`, in `initiative` (a file it received) or in the target only. */
async function interest(context, { municipality, contact, initiative, need }) {
  const page = await context.newPage();
  const errors = collectConsoleErrors(page);
  await page.goto(url('initiatives'));
  await waitForApp(page);
  if (initiative) {
    await page.locator('#received-file').setInputFiles([initiative.file]);
    await page.locator('#received-status').getByText(`Avattu: ”${initiative.title}”`).waitFor();
  }
  await page.getByRole('button', { name: 'Uusi ilmoitus kiinnostuksesta' }).click();
  await page.getByRole('heading', { name: 'Ilmoitus kiinnostuksesta osallistua', level: 1 }).waitFor();
  await page.getByRole('combobox', { name: 'Kunta' }).fill(municipality);
  await page.getByRole('textbox', { name: 'Yhteyshenkilö', exact: true }).fill(contact);
  await page.getByRole('textbox', { name: 'Yhteyshenkilön puhelinnumero' }).fill('040 123 4567');
  if (initiative) {
    await page.getByRole('checkbox', { name: new RegExp(`^${initiative.title}`) }).check();
  } else {
    await page.getByRole('checkbox', { name: TARGET }).check();
  }
  await page.getByRole('textbox', { name: 'Kunnan oma tarve' }).fill(need);
  const file = await download(page, page.getByRole('button', { name: 'Lataa ilmoitus tiedostona' }));
  assert.deepEqual(errors, []);
  return file;
}

test('four municipalities and the ministry: initiatives and interests, the workshop, the candidate project, the application', async () => {
  const contexts = [];
  const browser = async () => {
    const c = await env.browser.newContext({ locale: 'fi-FI', acceptDownloads: true });
    contexts.push(c);
    return c;
  };
  try {
    const kiuruvesi = await browser();
    const first = await initiative(kiuruvesi, { municipality: 'Kiuruvesi', contact: 'Maija Meikäläinen', title: 'Yhteiset lomakkeet', text: 'sähköiset lomakkeet kaikille palveluille' });
    const vieremä = await browser();
    const third = await initiative(vieremä, { municipality: 'Vieremä', contact: 'Ville Vieremäläinen', title: 'Lomakkeiden käsittely', text: 'lomakkeiden käsittely yhteisellä alustalla' });
    const sonkajärvi = await interest(await browser(), {
      municipality: 'Sonkajärvi',
      contact: 'Pekka Virtanen',
      initiative: { file: first, title: 'Yhteiset lomakkeet' },
      need: 'Paperilomakkeet sähköisiksi.',
    });
    const lapinlahti = await interest(await browser(), { municipality: 'Lapinlahti', contact: 'Liisa Lahtinen', need: 'Tietomääritykset puuttuvat.' });

    // The ministry.
    const ministry = await (await browser()).newPage();
    const errors = collectConsoleErrors(ministry);
    await ministry.goto(url('initiatives/workshop'));
    await waitForApp(ministry);
    await ministry.locator('#workshop-files').setInputFiles([first, third, sonkajärvi, lapinlahti]);
    await ministry.locator('#workshop-outcomes li.read').nth(3).waitFor();
    const rows = ministry.locator('.workshop-table tbody tr');
    assert.equal(await rows.count(), 2);
    const firstRow = rows.filter({ hasText: 'Yhteiset lomakkeet' });
    assert.match(await firstRow.textContent(), /Sonkajärvi/);
    // Lapinlahti named only the target: a candidate under both initiatives of it.
    for (const row of await rows.all()) assert.match(await row.textContent(), /Lapinlahti/);
    // The filters.
    await ministry.locator('#workshop-filter-municipality').selectOption({ label: 'Vieremä' });
    await ministry.locator('#workshop-shown').getByText('Näytetään 1 / 2 riviä.').waitFor();
    await ministry.locator('#workshop-filter-municipality').selectOption('');
    await ministry.locator('#workshop-filter-text').fill('käsittely');
    await ministry.locator('#workshop-shown').getByText('Näytetään 1 / 2 riviä.').waitFor();
    await ministry.locator('#workshop-filter-text').fill('');
    await ministry.locator('#workshop-shown').getByText('Näytetään 2 / 2 riviä.').waitFor();

    // Join the two, Kiuruvesi as lead; take Lapinlahti in.
    for (const row of await rows.all()) await row.locator('input.workshop-select').check();
    await ministry.locator('#workshop-join-lead').selectOption({ label: 'Kiuruvesi' });
    await ministry.locator('#workshop-join-title-input').fill('Lomakkeet yhdessä');
    await ministry.locator('#workshop-join').click();
    await ministry.locator('#workshop-join-status').getByText('Ehdotukset yhdistettiin; hankehallinnoija on Kiuruvesi.').waitFor();
    // By keyboard: the table is built again, and focus stays on the button (now to leave it out).
    await rows.first().getByRole('button', { name: /Ota mukaan/ }).focus();
    await ministry.keyboard.press('Enter');
    await ministry.waitForFunction(() => /^Jätä pois/.test(document.activeElement?.textContent ?? ''));
    const candidate = ministry.locator('.workshop-candidate').filter({ hasText: 'Lomakkeet yhdessä' });
    await candidate.getByText('Lapinlahti').first().waitFor();

    // The printed list: both initiatives' descriptions side by side, everyone with their contacts.
    await ministry.locator('#to-workshop-print').click();
    await ministry.waitForURL((u) => u.pathname === '/initiatives/workshop/print');
    const sheet = ministry.locator('.workshop-sheet').filter({ hasText: 'Lomakkeet yhdessä' });
    await sheet.waitFor();
    assert.match(await sheet.locator('.sheet-lead').textContent(), /Kiuruvesi/);
    const descriptions = await sheet.locator('.sheet-descriptions').textContent();
    assert.match(descriptions, /Yhteiset lomakkeet: sähköiset lomakkeet/);
    assert.match(descriptions, /Lomakkeiden käsittely: lomakkeiden käsittely/);
    assert.match(await sheet.textContent(), /Pekka Virtanen/);
    await ministry.emulateMedia({ media: 'print' });
    const pdf = await ministry.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000, 'the list prints');
    await ministry.emulateMedia({ media: 'screen' });
    await ministry.locator('#workshop-back').click();
    await ministry.waitForURL((u) => u.pathname === '/initiatives/workshop');
    const project = await download(ministry, candidate.locator('button.export-candidate'));
    const valid = exportValidator('hakemus-joint-project.schema.json');
    const exported = JSON.parse(fs.readFileSync(project, 'utf8'));
    assert.ok(valid(exported), JSON.stringify(valid.errors));
    assert.deepEqual(errors, []);

    // The lead opens it on its drafts page.
    const lead = await kiuruvesi.newPage();
    const leadErrors = collectConsoleErrors(lead);
    await lead.goto(url('drafts'));
    await waitForApp(lead);
    await lead.locator('#import-file').setInputFiles([project]);
    await lead.waitForURL((u) => u.pathname === '/');
    await waitForApp(lead);
    assert.match(await lead.locator('#start-notice').textContent(), /yhteishankeaihiosta ”Lomakkeet yhdessä”; hakijoina on 4 kuntaa/);
    const group = ['Kiuruvesi', 'Vieremä', 'Sonkajärvi', 'Lapinlahti'];
    const { file, exported: application } = await completeCarriedDraft(lead, {
      municipalities: group,
      contact: (name) => ({ Kiuruvesi: 'Maija Meikäläinen', Vieremä: 'Ville Vieremäläinen', Sonkajärvi: 'Pekka Virtanen', Lapinlahti: 'Liisa Lahtinen' })[name],
      // Both initiatives' goals, each behind the line naming it.
      onGoals: async (goals) => {
        const text = await goals.inputValue();
        assert.match(text, /^Ehdotuksesta ”Yhteiset lomakkeet” \(Kiuruvesi\):\nYhteiset lomakkeet: sähköiset lomakkeet kaikille palveluille \(goals\)/);
        assert.match(text, /\n\nEhdotuksesta ”Lomakkeiden käsittely” \(Vieremä\):\nLomakkeiden käsittely: /);
      },
    });
    const app = application.application;
    assert.equal(app.project.name_fi, 'Lomakkeet yhdessä');
    assert.deepEqual(app.applicants.map((a) => a.resolved_municipality.name_fi), group);
    assert.deepEqual(app.targets, ['common-data-definitions']);
    const check = hakemusCheck([file]);
    assert.equal(check.status, 0, check.out);
    assert.deepEqual(leadErrors, []);
  } finally {
    for (const c of contexts) await c.close();
  }
});

const FIXTURES = require('node:path').join(__dirname, '..', 'fixtures', 'initiative');

for (const [locale, title, list] of [
  ['fi-FI', 'Yhteishankkeiden työpaja', 'Työpajan lista'],
  ['sv-SE', 'Workshop för gemensamma projekt', 'Workshoplista'],
  ['en-GB', 'Joint projects workshop', 'Workshop list'],
]) {
  test(`the ministry's workshop pages meet WCAG 2.1 AA in ${locale}, with files open and a refused one named`, async () => {
    const context = await env.browser.newContext({ locale });
    try {
      const page = await context.newPage();
      const errors = collectConsoleErrors(page);
      await page.goto(url('initiatives/workshop'));
      await waitForApp(page);
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      let violations = await runAxe(page);
      assert.deepEqual(violations, [], formatViolations(violations));
      const broken = require('node:path').join(require('node:os').tmpdir(), `broken-initiative-${locale}.json`);
      fs.writeFileSync(broken, '{"format":"hakemus-initiative","schema_version":1}');
      await page.locator('#workshop-files').setInputFiles(['initiative.json', 'interest.json'].map((f) => `${FIXTURES}/${f}`).concat([broken]));
      await page.locator('#workshop-outcomes li.refused').waitFor();
      await page.locator('.workshop-table tbody tr').first().waitFor();
      violations = await runAxe(page);
      assert.deepEqual(violations, [], formatViolations(violations));
      await page.locator('#to-workshop-print').click();
      await page.getByRole('heading', { name: new RegExp(`^${list}`), level: 1 }).waitFor();
      violations = await runAxe(page);
      assert.deepEqual(violations, [], formatViolations(violations));
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
