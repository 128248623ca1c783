'use strict';
// Issue 6: in Finnish, Swedish and English (the browser's preference picks the language), every page
// meets WCAG 2.1 AA (axe-core: wcag2a, wcag2aa, wcag21a, wcag21aa, best-practice) — every part with
// its error summary shown, check your answers, drafts, export, the reviewer's three views, the
// funding proposal and the printed decision, the accessibility statement, and the budget with 500
// lines — and reflows at 320 px without sideways
// scrolling; and the whole form is walked by keyboard alone, every focus visibly marked.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT, collectConsoleErrors, formatViolations, importAndOpen, runAxe, waitForApp, withBrowser } = require('./support.js');

const PARTS = ['project', 'applicants', 'targets', 'state-and-goals', 'impact', 'prior-work', 'commitments', 'schedule', 'budget', 'risks', 'monitoring'];
// Parts that left empty give warnings, never errors: the prior work and the questions on how the
// project will meet the conditions of use (docs/rules.md §5.1, §5.3), and the lists of work packages,
// risks and indicators, which the sources ask for as descriptions (§7.2).
const ADVISORY = new Set(['prior-work', 'commitments', 'schedule', 'risks', 'monitoring']);
const LANGUAGES = [
  { locale: 'fi-FI', lang: 'fi', error: 'Virhe: ', statement: 'Saavutettavuusseloste', answers: ['Nykytila ja tavoitteet', 'Nykytila'] },
  { locale: 'sv-SE', lang: 'sv', error: 'Fel: ', statement: 'Tillgänglighetsutlåtande', answers: ['Nuläge och mål', 'Nuläge'] },
  { locale: 'en-GB', lang: 'en', error: 'Error: ', statement: 'Accessibility statement', answers: ['Current situation and goals', 'Current situation'] },
];

const env = withBrowser();
const complete = () => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'tests/fixtures/exchange/complete.json'), 'utf8'));

async function expectAccessible(page, where) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `${where}:\n${formatViolations(violations)}`);
  // Reflow (WCAG 1.4.10): at 320 CSS pixels nothing but a table's own scroll region is wider.
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize(size);
  assert.ok(overflow <= 0, `${where}: ${overflow} px of sideways scrolling at 320 px`);
}

for (const { locale, lang, error, statement, answers } of LANGUAGES) {
  test(`${lang}: every page meets WCAG 2.1 AA and reflows at 320 px`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-lang-'));
    const context = await env.browser.newContext({ locale, acceptDownloads: true });
    try {
      const page = await context.newPage();
      const errors = collectConsoleErrors(page);
      await page.goto(env.server.url);
      await waitForApp(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, 'the language comes from the browser');
      await expectAccessible(page, `${lang} /`);

      for (const part of PARTS) {
        await page.goto(new URL(part, env.server.url).href);
        await waitForApp(page);
        await page.locator('.actions .button').click();
        await page.waitForSelector('#error-summary');
        assert.equal((await page.title()).startsWith(error), !ADVISORY.has(part), `${lang} /${part}: the title says whether there are errors`);
        await expectAccessible(page, `${lang} /${part} with its error summary`);
        if (part === 'state-and-goals') {
          // A page of written answers: its heading and questions are in the language too (in the
          // wasm, Swedish and English come from the texts file, src/i18n/catalogue.rs).
          assert.equal(await page.locator('h1').textContent(), answers[0]);
          await page.getByRole('textbox', { name: answers[1], exact: true }).waitFor();
        }
      }
      for (const route of ['review', 'drafts', 'export', 'partners', 'accessibility']) {
        await page.goto(new URL(route, env.server.url).href);
        await waitForApp(page);
        await page.locator('h1').waitFor();
        await expectAccessible(page, `${lang} /${route}`);
      }
      assert.equal(await page.locator('h1').textContent(), statement);

      // The reviewer's list, one application read only, and its assessment.
      const file = path.join(dir, 'hakemus.json');
      fs.writeFileSync(file, JSON.stringify(complete(), null, 2));
      await page.goto(new URL('reviewer', env.server.url).href);
      await waitForApp(page);
      await page.locator('#reviewer-files').setInputFiles([file]);
      await page.locator('#applications').waitFor();
      await expectAccessible(page, `${lang} /reviewer`);
      await page.locator('#applications tbody th a').click();
      await page.locator('#application-title').waitFor();
      await expectAccessible(page, `${lang} /reviewer/:fp`);
      await page.locator('main a[href$="/assessment"]').click();
      await page.locator('#assessment-total').waitFor();
      await page.locator('input[type="radio"][value="2"]').first().check();
      await expectAccessible(page, `${lang} /reviewer/:fp/assessment`);
      // The funding proposal with a grant proposed and checked, and the printed decision.
      await page.goto(new URL('reviewer/decision', env.server.url).href);
      await waitForApp(page);
      await page.locator('#proposal tbody tr select').first().selectOption('grant');
      await page.locator('#check-proposal').click();
      await expectAccessible(page, `${lang} /reviewer/decision`);
      await page.goto(new URL('reviewer/decision/print', env.server.url).href);
      await waitForApp(page);
      await page.locator('#decision-print .numbered').first().waitFor();
      await expectAccessible(page, `${lang} /reviewer/decision/print`);

      // Drafting together: the lead's partners page with a request made, and the partner's own page.
      await importAndOpen(page, env.server.url, file);
      await page.goto(new URL('partners', env.server.url).href);
      await waitForApp(page);
      const [request] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('table.partners tbody tr').first().locator('button[id$="-download"]').click(),
      ]);
      await page.locator('#contribution-result').waitFor();
      await expectAccessible(page, `${lang} /partners`);
      const requestFile = path.join(dir, 'pyynto.json');
      await request.saveAs(requestFile);
      await page.goto(new URL('drafts', env.server.url).href);
      await waitForApp(page);
      await page.locator('#import-file').setInputFiles([requestFile]);
      await page.locator('#open-imported').click();
      await page.waitForURL((u) => u.pathname === '/');
      await page.locator('#request-project').waitFor();
      await page.locator('#check-part').click();
      await page.waitForSelector('#error-summary');
      await expectAccessible(page, `${lang} / as a partner's own page`);

      // A budget of 500 lines, imported as a draft.
      const big = complete();
      const line = big.application.budget.lines[0];
      big.application.budget.lines = Array.from({ length: 500 }, (_, i) => ({ ...line, id: i + 1, description: `Rivi ${i + 1}` }));
      big.application.budget.requested_grant = '';
      const bigFile = path.join(dir, 'iso.json');
      fs.writeFileSync(bigFile, JSON.stringify(big));
      await importAndOpen(page, env.server.url, bigFile);
      await page.goto(new URL('budget', env.server.url).href);
      await waitForApp(page);
      await page.waitForFunction(() => document.getElementById('line-1') && document.querySelectorAll('#budget-lines-body tr[id^="line-"], #budget-lines-body [hidden="until-found"]').length === 500, null, { timeout: 60_000 });
      await page.locator('.actions .button').click();
      await page.waitForSelector('#error-summary');
      await expectAccessible(page, `${lang} /budget with 500 lines`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`${lang}: the whole form by keyboard alone, every focus visible, errors reached from the summary`, async () => {
    const context = await env.browser.newContext({ locale });
    try {
      const page = await context.newPage();
      // Every element that takes focus is recorded with whether it shows the focus ring.
      await page.addInitScript(() => {
        window.__unmarked = [];
        document.addEventListener('focusin', (e) => {
          const el = e.target;
          if (el === document.querySelector('main')) return;
          const cs = getComputedStyle(el);
          const ring = cs.boxShadow !== 'none' || (cs.outlineStyle !== 'none' && !/transparent|rgba\(0, 0, 0, 0\)/.test(cs.outlineColor));
          if (!ring) window.__unmarked.push(el.id || el.outerHTML.slice(0, 80));
        });
      });
      await page.goto(env.server.url);
      await waitForApp(page);
      const active = () => page.evaluate(() => {
        const el = document.activeElement;
        return { tag: el.tagName, id: el.id, href: el.getAttribute('href') || '', text: el.textContent.trim(), invalid: el.getAttribute('aria-invalid') };
      });
      /** Presses Tab until `found(active)` holds; fails after `limit` presses. */
      const tabTo = async (found, what, limit = 400) => {
        for (let i = 0; i < limit; i++) {
          await page.keyboard.press('Tab');
          const a = await active();
          if (found(a)) return a;
        }
        assert.fail(`${lang}: Tab never reached ${what}`);
      };

      // From the task list into the first part.
      await tabTo((a) => a.tag === 'A' && a.href === '/project', 'the first part in the task list');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/project$/);

      for (const [i, part] of PARTS.entries()) {
        // "Check" by keyboard: the summary takes focus and the title says there are errors.
        let checked = false;
        for (let n = 0; n < 1500 && !checked; n++) {
          await page.keyboard.press('Tab');
          checked = await page.evaluate(() => document.activeElement.matches('.actions .button'));
        }
        assert.ok(checked, `${lang} /${part}: Tab reaches the check button`);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement.id === 'error-summary');
        assert.equal((await page.title()).startsWith(error), !ADVISORY.has(part), `${lang} /${part}: error title`);
        // The first link of the summary moves focus to its field, which says it is invalid.
        await page.keyboard.press('Tab');
        const link = await active();
        assert.equal(link.tag, 'A', `${lang} /${part}: the summary's first link`);
        await page.keyboard.press('Enter');
        const field = await active();
        const inMain = await page.evaluate(() => document.activeElement !== document.body && document.querySelector('main').contains(document.activeElement) && !document.activeElement.closest('#error-summary'));
        assert.ok(inMain && field.id, `${lang} /${part}: the link moved focus to its field, not to ${field.tag}#${field.id}`);
        // A text field says it is invalid; a box or radio button's group points at the message.
        const marked = await page.evaluate((advisory) => {
          const el = document.activeElement;
          // A warning does not make a field invalid; the field points at its message.
          if (advisory) return (el.getAttribute('aria-describedby') || '').split(' ').some((id) => id.endsWith('-msg'));
          if (!['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return true;
          if (el.type === 'checkbox' || el.type === 'radio') {
            const ids = (el.closest('fieldset')?.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
            return ids.some((id) => document.getElementById(id)?.classList.contains('field-messages') || /error/.test(document.getElementById(id)?.className || ''));
          }
          return el.getAttribute('aria-invalid') === 'true';
        }, ADVISORY.has(part));
        assert.ok(marked, `${lang} /${part}: #${field.id} is marked invalid`);

        // On to the next part by the pager's link, or to check your answers.
        const next = i + 1 < PARTS.length ? `/${PARTS[i + 1]}` : '/';
        await tabTo((a) => a.tag === 'A' && a.href === next && (next === '/' || a.text.includes(':')), `the link to ${next}`, 3000);
        await page.keyboard.press('Enter');
        await page.waitForURL((u) => u.pathname === next);
      }
      assert.deepEqual(await page.evaluate(() => window.__unmarked), [], `${lang}: elements focused without a visible focus ring`);
    } finally {
      await context.close();
    }
  });
}

test('a language whose texts cannot be fetched: the pages stay as they are and the switch says why', async () => {
  // Finnish is built into the wasm; Swedish and English are fetched when chosen (src/i18n/catalogue.rs).
  const context = await env.browser.newContext({ locale: 'fi-FI', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    let asked = 0;
    await page.route('**/i18n/texts-en.json', (route) => {
      asked += 1;
      return route.abort();
    });
    await page.goto(env.server.url);
    await waitForApp(page);
    const select = page.getByLabel('Kieli');
    await select.selectOption('en');
    const status = page.locator('#lang-status');
    await status.filter({ hasText: 'Kieltä ei voitu vaihtaa' }).waitFor();
    assert.ok(asked >= 1, 'the English texts were asked for');
    assert.equal(await select.inputValue(), 'fi', 'the switch shows the language the pages are in');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fi');
    await page.getByRole('heading', { level: 1, name: 'Hakemus' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('hakemus.lang')), null, 'the failed choice is not remembered');
    await expectAccessible(page, 'the language switch with its error');

    // A language chosen before whose texts cannot be fetched at the start: the app starts in
    // Finnish and says why.
    await page.evaluate(() => localStorage.setItem('hakemus.lang', JSON.stringify('en')));
    await page.reload();
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: 'Hakemus' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fi');
    await status.filter({ hasText: 'Kieltä ei voitu vaihtaa' }).waitFor();
    assert.equal(await select.inputValue(), 'fi');

    // Once the file can be fetched, choosing again works, and the message goes.
    await page.unroute('**/i18n/texts-en.json');
    await select.selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Application' }).waitFor();
    assert.equal(await page.getByLabel('Language').inputValue(), 'en');
    assert.equal((await status.textContent()).trim(), '');
  } finally {
    await context.close();
  }
});

test('a stale texts file (another build\'s, from a cache) is refused whole and fetched again past the cache', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const stale = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'src/i18n/data/texts-sv.json'), 'utf8'));
    stale.tables.T.keys = '0000000000000000';
    stale.tables.T.texts[0] = 'FEL TEXT';
    const asked = [];
    await page.route(/\/i18n\/texts-sv\.json(\?.*)?$/, (route) => {
      const url = new URL(route.request().url());
      asked.push(url.search);
      return url.search ? route.continue() : route.fulfill({ contentType: 'application/json', body: JSON.stringify(stale) });
    });
    await page.goto(env.server.url);
    await waitForApp(page);
    await page.getByLabel('Kieli').selectOption('sv');
    await page.getByRole('heading', { level: 1, name: 'Ansökan' }).waitFor();
    assert.equal(asked.length, 2, 'the stale file, then once more past the cache');
    assert.equal(asked[0], '');
    assert.match(asked[1], /^\?keys=[0-9a-f]{16}$/);
    assert.equal(await page.getByText('FEL TEXT').count(), 0, 'nothing of the stale file is shown');
  } finally {
    await context.close();
  }
});
