'use strict';
// The static shell of index.html (issue 18): what a user sees before the wasm has arrived, in the
// language the app will start in, and that the app takes it away as it mounts.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { collectConsoleErrors, waitForApp, withBrowser } = require('./support.js');

const env = withBrowser();

/** The page at `route` with the wasm held back: only the shell is there. */
async function shellOnly(context, route) {
  const page = await context.newPage();
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto(new URL(route, env.server.url).href);
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    heading: document.querySelector('#shell h1')?.textContent ?? null,
    loading: document.querySelector('#shell [role=status]').textContent,
  }));
}

test('before the wasm: the shell in the browser\'s language, or the one chosen before; the heading only on the task list', async () => {
  // No service worker: once it has precached the build, it would answer the wasm request that
  // `shellOnly` holds back, and the app would take the shell's place.
  const swedish = await env.browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block' });
  const chosen = await env.browser.newContext({ locale: 'fi-FI', serviceWorkers: 'block' });
  try {
    assert.deepEqual(await shellOnly(swedish, ''), { lang: 'sv', heading: 'Ansökan', loading: 'Applikationen laddas…' });
    // Chosen before (stored as the app stores it, JSON text), over the browser's Finnish.
    await chosen.addInitScript(() => localStorage.setItem('hakemus.lang', '"en_GB"'));
    assert.deepEqual(await shellOnly(chosen, ''), { lang: 'en', heading: 'Application', loading: 'The app is loading…' });
    // Another page's heading is not the task list's: the shell has none there.
    assert.deepEqual(await shellOnly(chosen, 'budget'), { lang: 'en', heading: null, loading: 'The app is loading…' });
    // The files app (files.html, the drafts page) and the reviewer's (reviewer.html) have shells of
    // their own, each with its heading on its first page only.
    assert.deepEqual(await shellOnly(swedish, 'drafts'), { lang: 'sv', heading: 'Utkast', loading: 'Applikationen laddas…' });
    assert.deepEqual(await shellOnly(chosen, 'drafts'), { lang: 'en', heading: 'Drafts', loading: 'The app is loading…' });
    assert.deepEqual(await shellOnly(swedish, 'reviewer'), { lang: 'sv', heading: 'Bedömarens vy', loading: 'Applikationen laddas…' });
    assert.deepEqual(await shellOnly(swedish, 'reviewer/decision'), { lang: 'sv', heading: null, loading: 'Applikationen laddas…' });
    // The first phase's (initiatives.html) too.
    assert.deepEqual(await shellOnly(swedish, 'initiatives'), { lang: 'sv', heading: 'Förslag till gemensamma projekt', loading: 'Applikationen laddas…' });
    assert.deepEqual(await shellOnly(chosen, 'initiatives/'), { lang: 'en', heading: 'Initiatives for joint projects', loading: 'The app is loading…' });
    assert.deepEqual(await shellOnly(chosen, 'initiatives/initiative/ab12'), { lang: 'en', heading: null, loading: 'The app is loading…' });
    // The grant's (grant.html) too.
    assert.deepEqual(await shellOnly(swedish, 'grant'), { lang: 'sv', heading: 'Beviljade projekt', loading: 'Applikationen laddas…' });
    assert.deepEqual(await shellOnly(chosen, 'grant/'), { lang: 'en', heading: 'Granted projects', loading: 'The app is loading…' });
    assert.deepEqual(await shellOnly(chosen, 'grant/ab12/ledger'), { lang: 'en', heading: null, loading: 'The app is loading…' });
    // The ministry's follow-up (follow-up.html) too.
    assert.deepEqual(await shellOnly(swedish, 'follow-up'), { lang: 'sv', heading: 'Uppföljning av understöden', loading: 'Applikationen laddas…' });
    assert.deepEqual(await shellOnly(chosen, 'follow-up/'), { lang: 'en', heading: 'Following up the grants', loading: 'The app is loading…' });
  } finally {
    await swedish.close();
    await chosen.close();
  }
});

test('the app takes the shell\'s place: one header, one main, one h1', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(env.server.url);
    await waitForApp(page);
    const counts = await page.evaluate(() => ({
      shell: document.getElementById('shell') !== null,
      headers: document.querySelectorAll('header').length,
      mains: document.querySelectorAll('main').length,
      h1: [...document.querySelectorAll('h1')].map((h) => h.textContent),
    }));
    assert.deepEqual(counts, { shell: false, headers: 1, mains: 1, h1: ['Hakemus'] });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
