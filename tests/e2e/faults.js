'use strict';
// Helpers for the fault-injection tests (faults.test.js): a Chromium this process starts itself, so
// that it can be killed as a crash kills it (SIGKILL to its whole process group, no shutdown), and
// what a page says about its saves and what its storage really holds.
//
// The tests are written to the save contract of issue 15, not to one build's internals:
// - `#saved-at` has `data-state` = saved | saving | unsaved. Builds before issue 15 have no
//   data-state; for them the text is read ("Tallennettu klo H.MM"), 400 ms after the last input
//   (their autosave waits 300 ms and then writes synchronously).
// - Drafts live in IndexedDB `hakemus`, store `drafts`, key = draft id, value = the record as JSON
//   text.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const support = require('./support.js');

const { CHROMIUM_ARGS } = support;

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** sh -c: runs "$@" (the browser); SIGKILL to the process group when stdin closes first. */
const WATCHDOG = [
  'exec 3<&0', // an asynchronous list's stdin is /dev/null: keep this one as fd 3
  '"$@" </dev/null 3<&- &',
  'browser=$!',
  '{ read -r _ <&3; kill -KILL 0; } &',
  'watchdog=$!',
  'wait "$browser"',
  'kill "$watchdog"', // the browser ended by itself: its last processes end on their own
].join('\n');

/** A fresh, empty profile directory; remove it with `removeProfile`. */
function tempProfile() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-fault-'));
}

function removeProfile(dir) {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Resolves after `ms` without keeping the process alive meanwhile. */
function later(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Process groups started here and not yet ended: killed if this process exits first. */
const live = new Set();
process.on('exit', () => {
  for (const pgid of live) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
});

/** The ids of the processes in process group `pgid` that still run (zombies count as ended). */
function groupMembers(pgid) {
  const members = [];
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return members; // no procfs: the group's leader having exited is all that can be known
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // pid (comm) state ppid pgrp ...: comm may contain spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') members.push(Number(name));
  }
  return members;
}

async function waitGroupGone(pgid, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    const members = groupMembers(pgid);
    if (members.length === 0) return;
    if (Date.now() > end) throw new Error(`processes ${members.join(', ')} of group ${pgid} still run after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Starts /usr/bin/chromium (headless) on `profileDir` in its own process group and connects to it
 * over CDP. Returns
 * - `browser`, `context` (the profile's default, persistent context), `pid` (the group's id: its
 *   leader, the watchdog shell);
 * - `kill()`: SIGKILL to the whole process group — a crash of the browser: nothing it has not yet
 *   handed to the OS is written (unlike a power cut, what it has written stays in the page cache)
 *   — and waits until every process of the group has ended;
 * - `close()`: an orderly shutdown (Browser.close), SIGKILL if it takes over 10 s;
 * - `stderr()`: the browser's last output (for failure messages).
 */
async function launchPersistent(profileDir, { args = [], timeout = 30_000 } = {}) {
  const { chromium } = require('playwright-core');
  const browserArgs = [
    '--headless=new',
    `--user-data-dir=${profileDir}`,
    '--remote-debugging-port=0',
    '--no-sandbox',
    ...CHROMIUM_ARGS,
    '--lang=fi-FI',
    '--accept-lang=fi-FI',
    '--no-default-browser-check',
    '--hide-crash-restore-bubble',
    ...args,
    'about:blank',
  ];
  // The group's leader is a shell that starts the browser and ends the whole group (SIGKILL) when
  // its stdin closes — when this process ends, even by SIGKILL, which no exit handler sees: a
  // browser in a group of its own would otherwise outlive a killed test run.
  const child = spawn('/bin/sh', ['-c', WATCHDOG, 'hakemus-fault-browser', CHROMIUM, ...browserArgs], {
    detached: true, // its own process group (setsid), so that one signal reaches every process
    stdio: ['pipe', 'ignore', 'pipe'],
    env: { ...process.env, LANGUAGE: 'fi', LANG: 'fi_FI.UTF-8' },
  });
  const pid = child.pid;
  if (pid !== undefined) live.add(pid);
  let output = '';
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => resolve({ error }));
  });
  exited.then(() => {
    if (pid !== undefined) live.delete(pid);
  });

  const endpoint = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium did not report its DevTools endpoint in ${timeout} ms:\n${output}`)), timeout);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      output = (output + chunk).slice(-16_384); // drained always: a full pipe would stall the browser
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`Chromium ended before it listened (${JSON.stringify(how)}):\n${output}`));
    });
  });

  const killGroup = () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch (e) {
      if (e.code !== 'ESRCH') throw e;
    }
  };

  let browser;
  try {
    browser = await chromium.connectOverCDP(await endpoint);
  } catch (e) {
    if (pid !== undefined) killGroup();
    await exited;
    throw e;
  }
  const context = browser.contexts()[0];
  const disconnected = new Promise((resolve) => browser.once('disconnected', resolve));
  const settle = async () => {
    await exited;
    await waitGroupGone(pid, 10_000);
    // The CDP socket's end is seen a moment after the process's.
    await Promise.race([disconnected, later(5_000)]);
  };

  const kill = async () => {
    killGroup();
    await settle();
  };

  const close = async () => {
    try {
      const cdp = await browser.newBrowserCDPSession();
      await cdp.send('Browser.close').catch(() => {}); // the connection may drop before the answer
    } catch {
      /* already disconnected */
    }
    const done = await Promise.race([exited.then(() => true), later(10_000).then(() => false)]);
    if (!done) killGroup();
    await settle();
  };

  return { browser, context, pid, kill, close, stderr: () => output };
}

/** The page's first page (Chromium opened about:blank), or a new one. */
async function firstPage(context) {
  return context.pages()[0] || (await context.newPage());
}

/**
 * In every page of `context` from its start: a log of what `#saved-at` says (data-state and text,
 * with the time, including states that change back within one task) and the time of the last
 * `input` event. `waitForSaved` reads them.
 */
async function watchSaves(context) {
  await context.addInitScript(() => {
    if (window.__saves) return;
    const saves = { log: [], lastInput: 0 };
    window.__saves = saves;
    document.addEventListener('input', () => (saves.lastInput = Date.now()), true);
    // When the page began writing a draft: a localStorage write, or a read-write transaction on the
    // drafts store (diagnostics only: how close together the tabs' saves really were).
    saves.writes = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).startsWith('hakemus.drafts.v1/')) saves.writes.push(performance.timeOrigin + performance.now());
      return setItem.call(this, key, value);
    };
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
      if (mode === 'readwrite' && [].concat(stores).includes('drafts')) saves.writes.push(performance.timeOrigin + performance.now());
      return transaction.call(this, stores, mode, ...rest);
    };
    let last = '';
    const snap = () => {
      const el = document.getElementById('saved-at');
      const state = el ? el.getAttribute('data-state') : null;
      const text = el ? el.textContent : null;
      const key = `${state}|${text}`;
      if (key !== last) {
        last = key;
        saves.log.push({ t: Date.now(), state, text });
      }
    };
    new MutationObserver((records) => {
      const changes = records.filter((r) => r.type === 'attributes' && r.target.id === 'saved-at');
      // The value between two changes seen in one batch is the later one's old value.
      for (const r of changes.slice(1)) saves.log.push({ t: Date.now(), state: r.oldValue, text: null, between: true });
      if (changes.length > 1) last = ''; // the state now follows those: log it even if it is the earlier one
      snap();
    }).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-state'],
      attributeOldValue: true,
    });
  });
}

/** What the page says about its save: `state` saved | saving | unsaved (from data-state, or from
 *  the text in builds without it), the text, and whether `#save-problem` is shown. */
async function saveStatus(page) {
  return page.evaluate(() => {
    const el = document.getElementById('saved-at');
    const problem = document.getElementById('save-problem');
    const text = el ? el.textContent.trim() : null;
    let state = el ? el.getAttribute('data-state') : null;
    const fromText = state === null;
    if (fromText && text !== null) {
      state = /^Tallennettu klo /.test(text) ? 'saved' : /^Tallennetaan/.test(text) ? 'saving' : 'unsaved';
    }
    return {
      state,
      fromText,
      text,
      problem: problem !== null && problem.getClientRects().length > 0,
      problemText: problem ? problem.textContent.trim() : null,
    };
  });
}

/**
 * The check run in the page: `saved` once the page says saved for a save that followed `since`
 * (the page clock's ms, taken before the typing), `problem` once `#save-problem` shows (when
 * `problemToo`), else false.
 *
 * With data-state: it must have left `saved` after `since` and be `saved` again. Without (builds
 * before issue 15): 400 ms after the last input (the 300 ms debounce has run its synchronous
 * write), the text "Tallennettu klo".
 */
function savedCheck({ since, problemToo }) {
  const saves = window.__saves;
  if (!saves) throw new Error('watchSaves(context) was not called before the page was opened');
  const problem = document.getElementById('save-problem');
  if (problemToo && problem && problem.getClientRects().length > 0) return 'problem';
  const el = document.getElementById('saved-at');
  if (!el) return false;
  if (el.hasAttribute('data-state')) {
    if (el.getAttribute('data-state') !== 'saved') return false;
    const after = saves.log.filter((e) => e.t >= since);
    const left = after.findIndex((e) => e.state !== null && e.state !== 'saved');
    return left >= 0 && after.slice(left + 1).some((e) => e.state === 'saved') ? 'saved' : false;
  }
  if (Date.now() < Math.max(since, saves.lastInput) + 400) return false;
  return /^Tallennettu klo /.test(el.textContent.trim()) ? 'saved' : false;
}

async function waitForCheck(page, args, timeout, what) {
  try {
    const handle = await page.waitForFunction(savedCheck, args, { timeout, polling: 10 });
    return await handle.jsonValue();
  } catch (e) {
    let detail = '';
    try {
      detail = JSON.stringify(
        await page.evaluate(() => ({
          log: window.__saves?.log.slice(-12),
          lastInput: window.__saves?.lastInput,
          now: Date.now(),
        })),
      );
    } catch {
      /* page gone */
    }
    throw new Error(`${what} (since ${args.since}): ${e.message.split('\n')[0]}\n  #saved-at log: ${detail}`);
  }
}

/** Waits until the page says saved for the save that follows `since` (see `savedCheck`). */
async function waitForSaved(page, since, { timeout = 10_000 } = {}) {
  await waitForCheck(page, { since, problemToo: false }, timeout, 'the page did not say saved');
}

/** Waits until the page says saved (after `since`) or shows `#save-problem`; returns which. */
async function waitForSettled(page, since, { timeout = 10_000 } = {}) {
  return waitForCheck(page, { since, problemToo: true }, timeout, 'the page neither said saved nor showed a problem');
}

/**
 * What storage holds: `{id: record}` with each record parsed from its JSON text (a string that is
 * not JSON is kept as it is), read with support.js's `storedDrafts`. Its non-enumerable `source`
 * names the store, for failure messages.
 */
async function storedDrafts(page) {
  const parse = (text) => {
    try {
      return typeof text === 'string' ? JSON.parse(text) : text;
    } catch {
      return text;
    }
  };
  const records = Object.fromEntries((await support.storedDrafts(page)).map(([id, text]) => [String(id), parse(text)]));
  Object.defineProperty(records, 'source', { value: 'IndexedDB hakemus/drafts', enumerable: false });
  return records;
}

/** The times (ms, sub-ms precision) at which the page began writing a draft, since `since`. */
async function draftWrites(page, since) {
  return page.evaluate((since) => (window.__saves?.writes || []).filter((t) => t >= since), since);
}

/** The id of the draft open last (`localStorage["hakemus.current"]`), or null. */
async function currentDraftId(page) {
  return page.evaluate(() => {
    try {
      return JSON.parse(localStorage.getItem('hakemus.current'));
    } catch {
      return null;
    }
  });
}

/** The project's Finnish name in a stored record (undefined when there is no such record). */
function storedName(record) {
  return record && typeof record === 'object' ? record.draft?.project?.name_fi : undefined;
}

module.exports = {
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
};
