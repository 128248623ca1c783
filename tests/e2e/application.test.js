'use strict';
// End to end: a municipal user fills one realistic joint application through every part, finding
// every field by its label or role and moving with the "next" links, and reaches "ready to submit".

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { accessibleNames, addApplicant, collectConsoleErrors, fillPlanToMonitoring, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();

const next = (page, part) => page.getByRole('link', { name: `Seuraava: ${part}` }).click();

/** Answers every text field of the page (the written parts). */
async function answerAll(page, text) {
  for (const box of await page.getByRole('main').getByRole('textbox').all()) await box.fill(text);
}

test('a joint application, filled part by part, is ready to submit', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(env.server.url);
    await waitForApp(page);

    await page.getByRole('link', { name: 'Haku ja hanke' }).click();
    await page.getByRole('textbox', { name: 'Hankkeen nimi suomeksi' }).fill('Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun');
    await page.getByRole('textbox', { name: 'Tiivistelmä' }).fill('Kuntien yhteiset sähköiset lomakkeet ja käsittelyprosessit.');
    await page.getByLabel('Alkamispäivä').fill('2020-03-01');
    await page.getByLabel('Päättymispäivä').fill('2021-10-31');

    await next(page, 'Hakijat');
    await addApplicant(page, 'Kiuruvesi', '0175542-1');
    await addApplicant(page, 'Iisalmi', '0175394-4', { role: 'Pilotointi', commitment: 'Työpanos 0,5 htv ja omarahoitus' });
    await addApplicant(page, 'Vieremä', '0201256-6', { role: 'Käyttöönotto', commitment: 'Työpanos ja tulosten käyttöönotto' });
    await page.getByRole('checkbox', { name: /Hankehallinnoija sitoutuu vastaamaan valtionavustuksen käytöstä/ }).check();

    await next(page, 'Kohteet ja rajaukset');
    await page.getByRole('checkbox', { name: /asiakaslähtöisempiä palveluprosesseja/ }).check();
    for (const group of await page.getByRole('group').filter({ has: page.getByRole('radio') }).all()) {
      await group.getByRole('radio', { name: 'Ei' }).check();
    }
    await page.getByRole('checkbox', { name: /kuntalain \(410\/2015\) 7 §/ }).check();

    await next(page, 'Nykytila ja tavoitteet');
    await page.getByRole('combobox', { name: 'Digitalisaation kypsyystaso nyt' }).selectOption('2');
    await page.getByRole('combobox', { name: 'Tavoiteltu kypsyystaso' }).selectOption('4');
    await answerAll(page, 'Lomakkeet ovat nyt paperisia; tavoitteena sähköinen asiointi kaikissa kunnissa.');
    for (const part of ['Vaikuttavuus', 'Aiempi työ', 'Sitoumukset ja yhteentoimivuus']) {
      await next(page, part);
      await answerAll(page, 'Kuvattu hankesuunnitelmassa; mitattavat tavoitteet seurannassa.');
    }

    await fillPlanToMonitoring(page, { lead: 'Kiuruvesi', riskOwner: 'Iisalmi', amount: '213 552,95', grant: '181 520,00' });

    await page.getByRole('link', { name: 'Hakemus', exact: true }).click();
    for (const status of await page.locator('.task .tag').allTextContents()) assert.equal(status, 'Valmis');
    await page.getByRole('link', { name: 'Tarkista vastaukset' }).click();
    assert.equal(await page.locator('#ready').textContent(), 'Hakemus on valmis lähetettäväksi: siinä ei ole virheitä.');
    assert.match(await page.locator('main').textContent(), /Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun/);
    // Chromium's own accessible names (its accessibility tree): "Muuta: Hakijat", no stray space.
    const links = await accessibleNames(page, 'link');
    assert.ok(links.includes('Muuta: Hakijat'), JSON.stringify(links));
    assert.deepEqual(links.filter((name) => / [:,.]/.test(name)), [], 'no space before punctuation in a name');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
