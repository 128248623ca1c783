'use strict';
// Issue 15: "saved" means saved. Faults injected in real Chromium, each repeated, and what the user
// was told checked against what storage holds:
// - a crash (SIGKILL of the whole browser) right after the page said saved;
// - two and three tabs on one draft saving in the same millisecond;
// - undoing, in one tab, the delete of a draft another tab kept editing.
// FAULT_RUNS raises the number of repeats (the defaults keep the file within a few minutes).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { waitForApp, withBrowser } = require('./support.js');
const {
  currentDraftId,
  draftWrites,
  firstPage,
  launchPersistent,
  removeProfile,
  saveStatus,
  storedDrafts,
  storedName,
  tempProfile,
  waitForSaved,
  waitForSettled,
  watchSaves,
} = require('./faults.js');

const env = withBrowser();

const RUNS = Number(process.env.FAULT_RUNS) || 0;
const runs = (fallback) => Math.max(RUNS, fallback);

const NAME = 'Hankkeen nimi suomeksi';
const nameBox = (page) => page.getByRole('textbox', { name: NAME, exact: true });
const url = (where) => new URL(where, env.server.url).href;
const unique = () => Math.random().toString(36).slice(2, 8);

async function openProject(page) {
  await page.goto(url('project'));
  await waitForApp(page);
  await nameBox(page).waitFor();
}

/** Waits (up to `timeout`) until the name field shows `text`; returns what it shows in the end. */
async function fieldShows(page, text, timeout = 5_000) {
  const box = nameBox(page);
  const end = Date.now() + timeout;
  for (;;) {
    const value = await box.inputValue().catch(() => null);
    if (value === text || Date.now() > end) return value;
    await page.waitForTimeout(50);
  }
}

/** Waits (up to `timeout`) until some stored draft's name is `text`. */
async function storageHolds(page, text, timeout = 5_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const stored = await storedDrafts(page);
    if (Object.values(stored).some((r) => storedName(r) === text)) return;
    if (Date.now() > end) {
      const names = JSON.stringify(Object.values(stored).map(storedName));
      throw new Error(`no draft in ${stored.source} holds ${JSON.stringify(text)} after ${timeout} ms: ${names}`);
    }
    await page.waitForTimeout(50);
  }
}

/** Types `text` over the name field (one input event) and waits for the save that follows. */
async function typeAndSave(page, text) {
  const since = Date.now();
  await nameBox(page).fill(text);
  await waitForSaved(page, since);
}

test('harness: SIGKILL ends every process of the browser, and what Chromium had committed survives a relaunch', async () => {
  const dir = tempProfile();
  try {
    let chromium = await launchPersistent(dir);
    let page = await firstPage(chromium.context);
    await page.goto(url('project'));
    await waitForApp(page);
    const mark = `harness-${unique()}`;
    await page.evaluate((m) => localStorage.setItem('fault-harness', m), mark);
    await page.waitForTimeout(7_000); // Chromium commits localStorage to disk ~5 s after a change
    await chromium.kill(); // waits until no process of the group runs
    assert.equal(chromium.browser.isConnected(), false, 'the CDP connection ended with the browser');

    chromium = await launchPersistent(dir);
    try {
      page = await firstPage(chromium.context);
      await page.goto(url('project'));
      await waitForApp(page);
      assert.equal(await page.evaluate(() => localStorage.getItem('fault-harness')), mark, 'the profile persisted across the kill');
    } finally {
      await chromium.close();
    }
  } finally {
    removeProfile(dir);
  }
});

test('a crash right after "saved" loses nothing', async () => {
  const n = runs(6);
  const lost = [];
  for (let run = 1; run <= n; run++) {
    const dir = tempProfile();
    const text = `Kaatumisen kestävä ${run} ${unique()}`;
    let chromium = null;
    try {
      chromium = await launchPersistent(dir);
      await watchSaves(chromium.context);
      let page = await firstPage(chromium.context);
      await openProject(page);
      await typeAndSave(page, text);
      const saidAt = Date.now();
      const said = (await saveStatus(page)).text;
      const killAt = Date.now();
      await chromium.kill(); // at once: the page has just said saved
      chromium = null;

      chromium = await launchPersistent(dir);
      await watchSaves(chromium.context);
      page = await firstPage(chromium.context);
      await openProject(page);
      const shown = await fieldShows(page, text);
      if (shown !== text) {
        const stored = await storedDrafts(page);
        lost.push(
          `run ${run}: typed ${JSON.stringify(text)}, the page said ${JSON.stringify(said)}, SIGKILL ` +
            `${killAt - saidAt} ms later; after the relaunch the field shows ` +
            `${JSON.stringify(shown)}, ${stored.source} holds names ${JSON.stringify(Object.values(stored).map(storedName))}`,
        );
      }
    } finally {
      if (chromium) await chromium.kill();
      removeProfile(dir);
    }
  }
  assert.equal(lost.length, 0, `${lost.length} of ${n} crashes lost what the page had said was saved:\n${lost.join('\n')}`);
});

test('typing that never pauses is saved every couple of seconds: a crash loses only its last moments (issue 28, item 4)', async () => {
  // A key every 200 ms for 6 s: each key restarted the 300 ms wait for a pause, so nothing was
  // written until typing stopped, and a crash lost all of it (9 of 9 in the probe). Now a change
  // waits at most 2 s (ui/writes.rs): the relaunched page shows what was typed until at most
  // 2 s + one write before the crash.
  const n = runs(2);
  const lost = [];
  for (let run = 1; run <= n; run++) {
    const dir = tempProfile();
    const text = `Jatkuvaa kirjoitusta ${run}${unique()}`.padEnd(30, 'x');
    let chromium = null;
    try {
      chromium = await launchPersistent(dir);
      let page = await firstPage(chromium.context);
      await openProject(page);
      await nameBox(page).fill('');
      await nameBox(page).focus();
      const started = Date.now();
      await page.keyboard.type(text, { delay: 200 });
      const typedFor = Date.now() - started;
      await chromium.kill(); // at once: no pause since the first key
      chromium = null;

      chromium = await launchPersistent(dir);
      page = await firstPage(chromium.context);
      await openProject(page);
      const shown = await nameBox(page).inputValue();
      // Keys typed in the last 3 s may be lost (2 s of waiting, a write, the kill); none before.
      const atLeast = Math.floor(text.length * (typedFor - 3_000) / typedFor);
      if (!text.startsWith(shown) || shown.length < atLeast) {
        lost.push(`run ${run}: typed ${JSON.stringify(text)} over ${typedFor} ms without a pause, killed; the relaunched page shows ${JSON.stringify(shown)} (at least ${atLeast} characters expected)`);
      }
    } finally {
      if (chromium) await chromium.kill();
      removeProfile(dir);
    }
  }
  assert.equal(lost.length, 0, `${lost.length} of ${n} crashes during typing without a pause lost more than its last moments:\n${lost.join('\n')}`);
});

/**
 * `pages` (one context, one draft open in all) put their own text into the name field in the same
 * millisecond, so that their debounced saves start together; `n` times. Nothing a page said was
 * saved may be missing from storage, and every page's text is either stored or still in its field
 * under the save problem banner.
 */
async function sameMillisecond(t, count, n) {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  await watchSaves(context);
  const violations = [];
  const skews = []; // how far apart the tabs' input events were (ms)
  const saveSkews = []; // how far apart the tabs' first writes were, when two or more wrote (ms)
  try {
    const pages = [];
    for (let i = 0; i < count; i++) pages.push(await context.newPage());
    // A reload with a refused save pending may ask whether to leave: leave (the text is checked first).
    for (const page of pages) page.on('dialog', (dialog) => dialog.accept());
    await openProject(pages[0]);
    let base = `Alku ${unique()}`;
    await typeAndSave(pages[0], base);
    for (const page of pages.slice(1)) {
      await openProject(page);
      assert.equal(await fieldShows(page, base), base, 'a second tab opens the same draft');
    }

    for (let run = 1; run <= n; run++) {
      const texts = pages.map((_, i) => `Välilehti ${'ABCDEFGH'[i]} ${run} ${unique()}`);
      const since = Date.now();
      const target = since + 300;
      // Each tab: its input event at `target`, to the millisecond; then its page busy from +270 to
      // +340 ms, so that the 300 ms autosave timers, overdue, all run as the pages come free.
      const fired = await Promise.all(
        pages.map((page, i) =>
          nameBox(page).evaluate(
            (el, { target, text, barrier }) =>
              new Promise((resolve) => {
                const spin = (until) => {
                  while (Date.now() < until) {
                    /* timers are not exact to the millisecond */
                  }
                };
                setTimeout(() => {
                  spin(target);
                  const at = performance.timeOrigin + performance.now();
                  el.value = text;
                  el.dispatchEvent(new Event('input', { bubbles: true }));
                  resolve(at);
                  // Hold the page busy over the end of the 300 ms autosave delay, to the same
                  // millisecond in every tab: then the overdue save timers run at once, together.
                  if (barrier) setTimeout(() => spin(target + barrier.end), target + barrier.start - Date.now());
                }, Math.max(0, target - Date.now() - 10)); // a short spin: spinning tabs compete for the cores
              }),
            { target, text: texts[i], barrier: { start: 270, end: 340 } },
          ),
        ),
      );
      skews.push(Math.max(...fired) - Math.min(...fired));
      const settled = await Promise.all(pages.map((page) => waitForSettled(page, since)));
      await pages[0].waitForTimeout(300); // let late messages between the tabs arrive
      const writes = (await Promise.all(pages.map((page) => draftWrites(page, since)))).filter((w) => w.length > 0).map((w) => w[0]);
      const saveSkew = writes.length > 1 ? Math.max(...writes) - Math.min(...writes) : null;
      if (saveSkew !== null) saveSkews.push(saveSkew);
      const shown = await Promise.all(
        pages.map(async (page) => ({ ...(await saveStatus(page)), field: await nameBox(page).inputValue() })),
      );
      const id = await currentDraftId(pages[0]);
      const stored = await storedDrafts(pages[0]);
      const inStorage = storedName(stored[id]);

      const problems = [];
      shown.forEach((s, i) => {
        const tab = 'ABCDEFGH'[i];
        if (s.state === 'saved' && !s.problem && s.field !== inStorage) {
          problems.push(`tab ${tab} said ${JSON.stringify(s.text)} with ${JSON.stringify(s.field)} in its field`);
        }
        if (texts[i] !== inStorage && !(s.problem && s.field === texts[i])) {
          problems.push(
            `tab ${tab}'s ${JSON.stringify(texts[i])} is neither stored nor kept in its field under the banner ` +
              `(field ${JSON.stringify(s.field)}, banner ${s.problem ? 'shown' : 'not shown'}, status ${JSON.stringify(s.text)})`,
          );
        }
      });
      if (!texts.includes(inStorage)) problems.push('no tab\'s text was stored');
      if (problems.length > 0) {
        violations.push(
          `run ${run} (inputs ${skews.at(-1).toFixed(2)} ms apart, ${writes.length} tabs began writing` +
            `${saveSkew === null ? '' : ` ${saveSkew.toFixed(2)} ms apart`}, settled ${JSON.stringify(settled)}): ` +
            `draft ${id} in ${stored.source} holds ${JSON.stringify(inStorage)}; ${problems.join('; ')}`,
        );
      }

      // Next run: every tab reloads the draft as stored, with nothing unsaved.
      base = inStorage;
      for (const page of pages) {
        await openProject(page);
        const value = await fieldShows(page, base);
        assert.equal(value, base, `after reloading, a tab shows the stored ${JSON.stringify(base)}`);
      }
    }
  } finally {
    await context.close();
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  const sorted = [...saveSkews].sort((x, y) => x - y);
  const summary =
    `inputs ${median(skews).toFixed(2)} ms apart in the median, at most ${Math.max(...skews).toFixed(2)}; ` +
    `in ${saveSkews.length} of ${n} runs two or more tabs began writing` +
    (sorted.length ? `, their first writes began ${sorted[0].toFixed(2)}–${sorted.at(-1).toFixed(2)} ms apart (median ${median(sorted).toFixed(2)})` : '');
  t.diagnostic(summary);
  assert.equal(
    violations.length,
    0,
    `${violations.length} of ${n} runs with ${count} tabs saving at once lost an edit (${summary}):\n` +
      violations.join('\n'),
  );
}

test('two tabs saving in the same millisecond: nothing said saved is lost, a refused tab keeps its text', async (t) => {
  await sameMillisecond(t, 2, runs(16));
});

test('three tabs saving in the same millisecond: nothing said saved is lost, a refused tab keeps its text', async (t) => {
  await sameMillisecond(t, 3, runs(8));
});

test('undoing a delete never writes the old version over a tab that kept editing the draft', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI' });
  await watchSaves(context);
  try {
    const tag = unique();
    const first = `Ensimmäinen ${tag}`;
    const second = `Toinen ${tag}`;
    const a = await context.newPage();
    await openProject(a);
    await typeAndSave(a, first);
    const x = await currentDraftId(a);
    assert.equal(storedName((await storedDrafts(a))[x]), first);

    // B opens another draft (the one open in a tab cannot be deleted there) and deletes X.
    const b = await context.newPage();
    await b.goto(url('drafts'));
    await waitForApp(b);
    await b.locator('#new-draft').click();
    await b.getByRole('heading', { name: 'Hakemus', level: 1 }).waitFor();
    await b.getByRole('link', { name: 'Luonnokset' }).click();
    const rows = b.locator('table.drafts tbody tr');
    await rows.filter({ hasText: first }).getByRole('button', { name: 'Poista', exact: true }).click();
    await b.locator('#undo-remove').waitFor();
    await rows.filter({ hasText: first }).waitFor({ state: 'detached' });

    // A, which still has X open, keeps typing; that is saved.
    await typeAndSave(a, second);
    assert.equal(storedName((await storedDrafts(a))[x]), second, `A's save of draft ${x} after the delete is stored`);

    // B undoes its delete: the removed version must not replace A's newer one.
    await b.locator('#undo-remove').click();
    await storageHolds(a, first); // back, under its id or another
    await a.waitForTimeout(1_000); // let A react to whatever B wrote

    const stored = await storedDrafts(a);
    const names = Object.entries(stored).map(([id, r]) => `${id}: ${JSON.stringify(storedName(r))}`).join(', ');
    const problems = [];
    const inA = await nameBox(a).inputValue();
    if (inA !== second) problems.push(`A's field shows ${JSON.stringify(inA)}, not its newer ${JSON.stringify(second)}`);
    if (storedName(stored[x]) !== second) {
      problems.push(`draft ${x} holds ${JSON.stringify(storedName(stored[x]))}, not A's newer ${JSON.stringify(second)}`);
    }
    if (!Object.entries(stored).some(([id, r]) => id !== String(x) && storedName(r) === first)) {
      problems.push(`the removed ${JSON.stringify(first)} is not restored as a new draft beside draft ${x}`);
    }
    await b.reload();
    await waitForApp(b);
    await rows.first().waitFor();
    const listed = await rows.locator('th').allTextContents();
    if (!listed.some((t) => t.includes(second))) problems.push(`B's list lacks A's newer draft: ${JSON.stringify(listed)}`);
    if (!listed.some((t) => t.includes(first))) problems.push(`B's list lacks the restored copy: ${JSON.stringify(listed)}`);
    assert.ok(problems.length === 0, `after the undo (${stored.source}: ${names}):\n${problems.join('\n')}`);
  } finally {
    await context.close();
  }
});
