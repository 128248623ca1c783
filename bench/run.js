#!/usr/bin/env node
'use strict';
// `make bench`: the release build (dist/) measured against the performance budgets of issue 7, in
// Debian's headless Chromium through playwright-core, served brotli-compressed as a static host would.
//
//   first load   wasm, JS and CSS: raw / gzip -9 / brotli 11 bytes; cold navigation to the first page
//                interactive (Trunk's `TrunkApplicationStarted`, after the app has mounted), median
//   typing       a key pressed in line 1's amount → the frame that shows the new totals and findings,
//                with 50, 500 and 2 000 budget lines, at 1× and 4× CPU (DevTools protocol), median/p95
//   reviewer     100 exported applications chosen at once → the frame that shows the summary table
//   memory       JS heap + wasm linear memory with the 2 000-line budget open, after a GC
//   ledger       the grant's accounts with 100 and 10 000 entries imported from a CSV: the import's
//                time, a keystroke in an entry and one in an interim report's text (ratios of the
//                two counts), JS heap + wasm linear memory with 10 000 entries, after a GC
//   lighthouse   performance (desktop and mobile presets) and accessibility scores of the first page
//
// Prints a table and writes bench/results.json (or --out FILE). `--smoke` is the short mode that
// `make test` runs (tests/e2e/bench.test.js): every figure once, with few samples, no Lighthouse.
// Varies the committed example application tests/fixtures/exchange/complete.json.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { spawn } = require('node:child_process');
const { brotli, importAndOpen, openGrant, startServer, launchBrowser, waitForApp, CHROMIUM_ARGS } = require('../tests/e2e/support.js');

const ROOT = path.resolve(__dirname, '..');
// `--dist DIR`: measure another build (an A/B of a lever) instead of dist/.
const DIST_ARG = process.argv.includes('--dist') ? process.argv[process.argv.indexOf('--dist') + 1] : null;
const DIST = DIST_ARG ? path.resolve(DIST_ARG) : path.join(ROOT, 'dist');
const EXAMPLE = path.join(ROOT, 'tests/fixtures/exchange/complete.json');

const args = process.argv.slice(2);
const SMOKE = args.includes('--smoke');
// `--only typing,reviewer` (load, typing, reviewer, ledger, lighthouse): measure some parts while working on them.
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const want = (part) => !ONLY || ONLY.includes(part);
const OUT = args.includes('--out') ? path.resolve(args[args.indexOf('--out') + 1]) : path.join(__dirname, 'results.json');

// The budgets of issue 18 (which replaced issue 7's: a timing as a ratio against one measured in the
// same run, since these machines vary 2× between runs; sizes are exact).
const BUDGET = {
  first_load_brotli_bytes: 250 * 1024, // now; the way goes on to 170 KB
  first_load_target_brotli_bytes: 170 * 1024,
  interactive_ms: 300,
  // The keystroke at 500 lines against the keystroke at 50 lines, both at 1× CPU, in this run.
  keystroke_p95_ratio_500_to_50_lines: 1.5,
  // The keystroke at 2 000 lines against the one at 50 lines, both at 4× CPU, in this run: an absolute
  // 100 ms at 4× measured the machine (its 4× floor alone varied from 60 to 160 ms between runs).
  keystroke_p95_ratio_2000_to_50_lines_4x: 1.5,
  reviewer_100_files_ms: 500,
  memory_bytes_2000_lines: 40 * 1024 * 1024,
  // A city's accounts (issue 30): the keystroke with 10 000 entries against the one with 100, both
  // at 1× CPU in this run — in the accounts and in an interim report's text — and the memory with
  // 10 000 entries (40 MB).
  keystroke_p95_ratio_10000_to_100_entries: 1.5,
  memory_bytes_10000_entries: 40 * 1000 * 1000,
  lighthouse_performance: 0.95,
  lighthouse_accessibility: 1,
};

// The levers of issue 18, each measured when it was tried (release build, brotli 11 of the wasm, on
// this kind of machine): one line each in the report, kept or not. The code of a lever that was
// taken is gone from the build, so its "before" cannot be measured again here; bench/levers.json
// says which commit each figure comes from.
const LEVERS = JSON.parse(fs.readFileSync(path.join(__dirname, 'levers.json'), 'utf8'));

const PLAN = SMOKE
  ? { coldLoads: 1, lines: [50], cpu: [1, 4], keystrokes: 6, reviewerFiles: 10, reviewerRuns: 1, memoryLines: 50, entries: [100], lighthouse: false }
  : { coldLoads: 9, lines: [50, 500, 2000], cpu: [1, 4], keystrokes: 60, reviewerFiles: 100, reviewerRuns: 5, memoryLines: 2000, entries: [100, 10000], lighthouse: true };

// ---- statistics -------------------------------------------------------------------------------

const sorted = (xs) => [...xs].sort((a, b) => a - b);
/** Nearest-rank percentile (p in 0..100) of a non-empty sample. */
function percentile(xs, p) {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const median = (xs) => percentile(xs, 50);
const round1 = (x) => Math.round(x * 10) / 10;

// ---- first load: sizes ------------------------------------------------------------------------

/**
 * The wasm, JS and CSS files an HTML entry of dist/ loads (each named in its text): the drafter's
 * first load is index.html's; the files app (files.html, the drafts page), the grant's app
 * (grant.html), the ministry's follow-up (follow-up.html), the first phase's app
 * (initiatives.html) and the reviewer's app (reviewer.html) are bundles of their own.
 */
function bundleSizes(entry = 'index.html') {
  const EXTS = new Set(['.wasm', '.js', '.css']);
  const html = fs.readFileSync(path.join(DIST, entry), 'utf8');
  const walk = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return e.name.startsWith('.') ? [] : walk(p); // skip trunk's .stage
      // sw.js is fetched by the browser after the page has loaded: not part of the first load.
      return EXTS.has(path.extname(e.name)) && e.name !== 'sw.js' && html.includes(e.name) ? [p] : [];
    });
  const files = walk(DIST)
    .sort()
    .map((p) => {
      const buf = fs.readFileSync(p);
      return {
        file: path.relative(DIST, p),
        raw: buf.length,
        gzip: zlib.gzipSync(buf, { level: 9 }).length,
        brotli: brotli(buf).length,
      };
    });
  const total = files.reduce(
    (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { files, total };
}

// ---- helpers in the page ----------------------------------------------------------------------

/** Before any page script: remember the wasm instance's exports (for its memory) and when the app started. */
function instrument() {
  addEventListener('TrunkApplicationStarted', (e) => {
    window.__bench = { started: performance.now(), wasm: e.detail && e.detail.wasm };
    // Interactive: the app has mounted its first page and that frame has been rendered.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__bench.interactive = performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/** A new context (empty cache, storage and service worker) in Finnish with the app loaded at `route`. */
async function openApp(browser, server, route = '') {
  const context = await browser.newContext({ locale: 'fi-FI', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(new URL(route, server.url).href);
  await waitForApp(page, { timeout: 120_000 });
  return { context, page };
}

async function withCpu(page, rate, fn) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    return await fn(cdp);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}

// ---- first load: interactive ------------------------------------------------------------------

async function coldLoads(browser, server) {
  const samples = [];
  for (let i = 0; i < PLAN.coldLoads; i++) {
    const { context, page } = await openApp(browser, server);
    try {
      await page.locator('main h1').waitFor();
      await page.waitForFunction(() => window.__bench.interactive !== undefined);
      const t = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return {
          interactive: window.__bench.interactive,
          started: window.__bench.started,
          fcp: paint ? paint.startTime : null,
          dom_content_loaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
        };
      });
      samples.push(t);
    } finally {
      await context.close();
    }
  }
  const pick = (k) => samples.map((s) => s[k]).filter((x) => x != null);
  return {
    samples: samples.length,
    interactive_ms: { median: round1(median(pick('interactive'))), max: round1(Math.max(...pick('interactive'))) },
    app_started_ms: { median: round1(median(pick('started'))) },
    first_contentful_paint_ms: { median: round1(median(pick('fcp'))) },
    dom_content_loaded_ms: { median: round1(median(pick('dom_content_loaded'))) },
  };
}

// ---- drafts of n budget lines ------------------------------------------------------------------

function exampleApplication() {
  if (!fs.existsSync(EXAMPLE)) {
    throw new Error(`${EXAMPLE} not found — run \`cargo test --test exchange\` (make bench does)`);
  }
  return JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
}

/** The complete example application with `n` budget lines (1 000,00 € each, varied categories). */
function withLines(n) {
  const app = exampleApplication();
  const line = app.application.budget.lines[0];
  app.application.budget.lines = Array.from({ length: n }, (_, i) => ({
    ...line,
    id: i + 1,
    description: `Rivi ${i + 1}`,
    amount: '1000.00',
  }));
  app.application.budget.requested_grant = '';
  return app;
}

/** Imports `application` as a draft through the drafts page, then opens its budget: every line in
 *  its place, the ones near the view built (src/ui/line_window.rs). */
async function openBudget(page, server, application, dir) {
  const file = path.join(dir, `draft-${application.application.budget.lines.length}.json`);
  fs.writeFileSync(file, JSON.stringify(application));
  await importAndOpen(page, server.url, file, { timeout: 120_000 });
  await page.goto(new URL('budget', server.url).href);
  await waitForApp(page, { timeout: 120_000 });
  const n = application.application.budget.lines.length;
  await page.waitForFunction((n) => document.getElementById('line-1-amount') && document.querySelectorAll('#budget-lines-body tr[id^="line-"], #budget-lines-body [hidden="until-found"]').length === n, n, { timeout: 300_000 });
}

// ---- typing -----------------------------------------------------------------------------------

/**
 * Presses keys in line 1's amount: "1" at the start, then Backspace, alternately, so each key changes
 * the eligible base. For each key, the time from the key event (its timeStamp, when the browser
 * created it) to the end of the first frame after it: a rAF callback, then a task queued from it
 * runs once that frame has been rendered. The frame must show the changed total, or the sample fails.
 */
async function typing(page, keystrokes, where = { input: '#line-1-amount', total: '#eligible-base' }) {
  const amount = page.locator(where.input);
  await amount.focus();
  await amount.press('Home');
  // Let the frames of an earlier run finish (at 4× a late one would land in this run's samples).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  await page.evaluate((totalSelector) => {
    window.__keys = [];
    window.__total = totalSelector; // this run's (a page of the same app may run another)
    if (window.__typing) return; // one listener per page, however many runs
    window.__typing = true;
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== '1' && e.key !== 'Backspace') return; // only the measured keys
        const t0 = e.timeStamp;
        const total = document.querySelector(window.__total);
        const before = total.textContent;
        requestAnimationFrame(() => {
          const shown = total.textContent !== before;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => window.__keys.push({ ms: performance.now() - t0, shown });
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  }, where.total);
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.press(i % 2 === 0 ? '1' : 'Backspace');
    await page.waitForFunction((n) => window.__keys.length >= n, i + 1);
    await page.waitForTimeout(60); // a typist's pace: about 8 keys a second with the round trip
  }
  const keys = await page.evaluate(() => window.__keys);
  const missed = keys.filter((k) => !k.shown).length;
  if (missed) throw new Error(`typing: ${missed} of ${keys.length} keystrokes did not change the total in their frame`);
  const ms = keys.map((k) => k.ms);
  return { keystrokes: ms.length, median_ms: round1(median(ms)), p95_ms: round1(percentile(ms, 95)), max_ms: round1(Math.max(...ms)) };
}

async function typingAndMemory(browser, server, dir) {
  const results = {};
  let memory = null;
  for (const n of PLAN.lines) {
    const context = await browser.newContext({ locale: 'fi-FI', serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.addInitScript(instrument);
      const t0 = Date.now();
      await openBudget(page, server, withLines(n), dir);
      const render_s = round1((Date.now() - t0) / 1000);
      results[n] = { open_budget_s: render_s };
      for (const cpu of PLAN.cpu) {
        results[n][`cpu_${cpu}x`] = await withCpu(page, cpu, () => typing(page, PLAN.keystrokes));
      }
      if (n === PLAN.memoryLines) memory = { budget_lines: n, ...(await measureMemory(page)) };
    } finally {
      await context.close();
    }
  }
  return { typing: results, memory };
}

// ---- the grant's accounts (issue 30) --------------------------------------------------------

/** A CSV as a Finnish accounting system writes it: `;`, decimal commas, dates as 1.4.2020, in
 *  Windows-1252 (Latin-1 covers every character written here), `n` rows within Kiuruvesi's period. */
function ledgerCsv(n) {
  const rows = ['Kirjauspvm;Tosite;Kustannuslaji;Selite;Summa (veroton);ALV'];
  for (let i = 0; i < n; i++) {
    const day = 1 + (i % 28);
    const month = 4 + (i % 9); // April to December 2020
    const euros = 100 + (i % 900);
    rows.push(`${day}.${month}.2020;${300000 + i};Ostopalvelut;Kirjaus ${i + 1}, työpaja ä ö;${euros},${String(i % 100).padStart(2, '0')};`);
  }
  return Buffer.from(rows.join('\r\n') + '\r\n', 'latin1');
}

/** Opens Kiuruvesi's grant from its application and decision (the grant's home), then its accounts,
 *  and imports `n` entries from a CSV: returns the import's time, from choosing the file to the
 *  count on the page (the preview, the mapping guessed, the import of every row, the page built). */
async function openLedger(page, server, dir, n) {
  await openGrant(page, server.url, { timeout: 120_000 });
  await page.locator('#ledger-link').click();
  await page.locator('#ledger').waitFor();
  const file = path.join(dir, `kirjanpito-${n}.csv`);
  fs.writeFileSync(file, ledgerCsv(n));
  const t0 = Date.now();
  await page.locator('#csv-file').setInputFiles(file);
  await page.locator('#csv-preview').waitFor();
  await page.getByRole('button', { name: 'Tuo kirjaukset' }).click();
  await page.waitForFunction((n) => Number((document.getElementById('ledger-count') || {}).textContent.replace(/\D/g, '')) === n, n, { timeout: 300_000 });
  await page.locator('#ledger-body input[id$="-net"]').first().waitFor();
  return Date.now() - t0;
}

/** The accounts with 100 and 10 000 entries: the CSV import's time, the keystroke to screen in the
 *  first entry's net amount (the total net must change in the frame), and memory at the largest. */
async function ledger(browser, server, dir) {
  const results = {};
  let memory = null;
  const largest = Math.max(...PLAN.entries);
  for (const n of PLAN.entries) {
    const context = await browser.newContext({ locale: 'fi-FI', serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.addInitScript(instrument);
      const import_ms = await openLedger(page, server, dir, n);
      const id = await page.locator('#ledger-body input[id$="-net"]').first().getAttribute('id');
      const typed = await typing(page, PLAN.keystrokes, { input: `#${id}`, total: '#ledger-net' });
      results[n] = { import_ms, cpu_1x: typed };
      if (n === largest) memory = { entries: n, ...(await measureMemory(page)) };
      results[n].reports_cpu_1x = await reportKeystrokes(page);
    } finally {
      await context.close();
    }
  }
  return { ledger: results, ledger_memory: memory };
}

/** The interim reports page of the same project (its accounts just imported): a report started and
 *  asked to be saved (its findings shown), then keys in its empty progress field — "1" and
 *  Backspace alternately, so each key takes away or brings back the field's "required" error, which
 *  the frame must show: the rules' review of the whole project runs for each key. */
async function reportKeystrokes(page) {
  await page.goBack(); // the overview, where the accounts page was opened from
  await page.locator('#reports-link').click();
  await page.locator('[id^="period-"][id$="-start-report"]').first().click();
  const progress = page.locator('textarea[id^="report-"][id$="-progress"]').first();
  await progress.waitFor();
  const id = await progress.getAttribute('id');
  await page.locator(`#${id.replace(/-progress$/, '-save')}`).click();
  await page.locator(`#${id}-messages .field-error`).waitFor();
  return typing(page, PLAN.keystrokes, { input: `#${id}`, total: `#${id}-messages` });
}

// ---- memory -----------------------------------------------------------------------------------

/** The page's memory after a garbage collection: JS heap + wasm, and its DOM nodes; the caller
 *  labels it with what it holds (`budget_lines` for the drafter, `entries` for the accounts). */
async function measureMemory(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.waitForTimeout(500); // let the debounced save run
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const metrics = Object.fromEntries((await cdp.send('Performance.enable').then(() => cdp.send('Performance.getMetrics'))).metrics.map((m) => [m.name, m.value]));
    const wasm = await page.evaluate(() => window.__bench.wasm.memory.buffer.byteLength);
    return {
      js_heap_used_bytes: heap.usedSize,
      wasm_memory_bytes: wasm,
      total_bytes: heap.usedSize + wasm,
      dom_nodes: metrics.Nodes,
    };
  } finally {
    await cdp.detach();
  }
}

// ---- reviewer ---------------------------------------------------------------------------------

/** Writes `n` distinct exported applications (different project names and amounts). */
function applicationFiles(dir, n) {
  const base = exampleApplication();
  return Array.from({ length: n }, (_, i) => {
    const v = structuredClone(base);
    v.application.project.name_fi = `Hanke ${String(i).padStart(3, '0')}`;
    v.application.budget.lines[0].amount = `${100000 + i * 13}.${String(i % 100).padStart(2, '0')}`;
    v.application.budget.requested_grant = '';
    const file = path.join(dir, `hakemus-${String(i).padStart(3, '0')}.json`);
    fs.writeFileSync(file, JSON.stringify(v, null, 2));
    return file;
  });
}

/** From the file input's `change` to the end of the frame that shows a table of `files.length` rows. */
async function reviewerOnce(browser, server, files) {
  const { context, page } = await openApp(browser, server, 'reviewer');
  try {
    await page.evaluate((n) => {
      window.__reviewer = new Promise((resolve) => {
        document.addEventListener(
          'change',
          () => {
            const t0 = performance.now();
            const done = () => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - t0);
              channel.port2.postMessage(null);
            };
            const check = () =>
              document.querySelectorAll('#applications tbody tr').length === n ? done() : requestAnimationFrame(check);
            requestAnimationFrame(check);
          },
          { capture: true, once: true },
        );
      });
    }, files.length);
    await page.locator('#reviewer-files').setInputFiles(files);
    return await page.evaluate(() => window.__reviewer);
  } finally {
    await context.close();
  }
}

async function reviewer(browser, server, dir) {
  const files = applicationFiles(dir, PLAN.reviewerFiles);
  const runs = [];
  for (let i = 0; i < PLAN.reviewerRuns; i++) runs.push(await reviewerOnce(browser, server, files));
  return { files: files.length, runs: runs.length, median_ms: round1(median(runs)), max_ms: round1(Math.max(...runs)) };
}

// ---- lighthouse -------------------------------------------------------------------------------

function run(cmd, argv, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}: ${stderr.slice(-2000)}`))));
  });
}

/** The largest contentful paint's element as Lighthouse names it (a selector), if it says. */
function lcpElement(r) {
  const find = (d) => {
    if (!d || typeof d !== 'object') return null;
    if (d.type === 'node') return d.selector || d.snippet || null;
    for (const v of Object.values(d)) {
      const f = find(v);
      if (f) return f;
    }
    return null;
  };
  return find(r.audits['largest-contentful-paint-element'] && r.audits['largest-contentful-paint-element'].details);
}

/** Lighthouse's CLI (asynchronously: the static server runs in this process). */
async function lighthouse(server, dir, preset) {
  const out = path.join(dir, `lighthouse-${preset}.json`);
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  const argv = [
    require.resolve('lighthouse/cli/index.js'),
    server.url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility',
    `--chrome-flags=${flags}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  await run(process.execPath, argv, { CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  const ms = (id) => round1(r.audits[id].numericValue);
  return {
    performance: r.categories.performance.score,
    accessibility: r.categories.accessibility.score,
    first_contentful_paint_ms: ms('first-contentful-paint'),
    largest_contentful_paint_ms: ms('largest-contentful-paint'),
    total_blocking_time_ms: ms('total-blocking-time'),
    speed_index_ms: ms('speed-index'),
    cumulative_layout_shift: r.audits['cumulative-layout-shift'].numericValue,
    // Which element the largest paint was (the static shell's, or one the app painted later).
    largest_contentful_paint_element: lcpElement(r),
  };
}

// ---- report -----------------------------------------------------------------------------------

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r, j) => {
      const line = r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
      return j === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

function verdicts(r) {
  const v = [];
  const check = (name, value, limit, unit, lower = true) => {
    if (value == null) return;
    const ok = lower ? value <= limit : value >= limit;
    const by = lower ? value - limit : limit - value;
    const exact = unit === '' || unit === '×';
    v.push({ budget: name, value, limit, unit, met: ok, ...(ok ? {} : { missed_by: exact ? Math.round(by * 100) / 100 : round1(by) }) });
  };
  check('first load (wasm+JS+CSS, brotli)', r.first_load.total.brotli, BUDGET.first_load_brotli_bytes, 'B');
  check('interactive, median of cold loads', r.first_load.interactive && r.first_load.interactive.interactive_ms.median, BUDGET.interactive_ms, 'ms');
  const t = r.typing || {};
  const ratio = t[500] && t[50] ? Math.round((t[500].cpu_1x.p95_ms / t[50].cpu_1x.p95_ms) * 100) / 100 : null;
  check('keystroke p95, 500 lines ÷ 50 lines, 1× CPU', ratio, BUDGET.keystroke_p95_ratio_500_to_50_lines, '×');
  const ratio4x =
    t[2000] && t[50] && t[2000].cpu_4x && t[50].cpu_4x
      ? Math.round((t[2000].cpu_4x.p95_ms / t[50].cpu_4x.p95_ms) * 100) / 100
      : null;
  check('keystroke p95, 2 000 lines ÷ 50 lines, 4× CPU', ratio4x, BUDGET.keystroke_p95_ratio_2000_to_50_lines_4x, '×');
  if (r.reviewer && r.reviewer.files === 100) check('reviewer: 100 files to table, median', r.reviewer.median_ms, BUDGET.reviewer_100_files_ms, 'ms');
  if (r.memory && r.memory.budget_lines === 2000) check('memory, 2 000 lines (JS heap + wasm)', r.memory.total_bytes, BUDGET.memory_bytes_2000_lines, 'B');
  const l = r.ledger || {};
  const ledgerRatio = l[10000] && l[100] ? Math.round((l[10000].cpu_1x.p95_ms / l[100].cpu_1x.p95_ms) * 100) / 100 : null;
  check('accounts: keystroke p95, 10 000 ÷ 100 entries, 1× CPU', ledgerRatio, BUDGET.keystroke_p95_ratio_10000_to_100_entries, '×');
  const reportsRatio =
    l[10000] && l[100] && l[10000].reports_cpu_1x && l[100].reports_cpu_1x
      ? Math.round((l[10000].reports_cpu_1x.p95_ms / l[100].reports_cpu_1x.p95_ms) * 100) / 100
      : null;
  check('interim report: keystroke p95, 10 000 ÷ 100 entries, 1× CPU', reportsRatio, BUDGET.keystroke_p95_ratio_10000_to_100_entries, '×');
  if (r.ledger_memory && r.ledger_memory.entries === 10000) check('memory, 10 000 entries (JS heap + wasm)', r.ledger_memory.total_bytes, BUDGET.memory_bytes_10000_entries, 'B');
  if (r.lighthouse) {
    check('Lighthouse performance (desktop)', r.lighthouse.desktop.performance, BUDGET.lighthouse_performance, '', false);
    check('Lighthouse performance (mobile)', r.lighthouse.mobile.performance, BUDGET.lighthouse_performance, '', false);
    check('Lighthouse accessibility', r.lighthouse.desktop.accessibility, BUDGET.lighthouse_accessibility, '', false);
  }
  return v;
}

function print(r) {
  const out = [];
  out.push(`make bench${SMOKE ? ' --smoke' : ''}: ${r.generated}, ${r.machine.cpus} × ${r.machine.cpu}, Chromium ${r.machine.browser}`);
  out.push('\nFirst load (bytes)');
  out.push(table([['file', 'raw', 'gzip -9', 'brotli 11'], ...r.first_load.files.map((f) => [f.file, f.raw, f.gzip, f.brotli]),
    ['total', r.first_load.total.raw, r.first_load.total.gzip, r.first_load.total.brotli]]));
  out.push(`The files app (files.html, the drafts page, a bundle of its own): ${r.files_load.files.map((f) => `${f.file} ${f.brotli}`).join(', ')}; ` +
    `total ${r.files_load.total.brotli} B brotli`);
  out.push(`The first phase's app (initiatives.html, initiatives and the workshop, a bundle of its own): ${r.initiatives_load.files.map((f) => `${f.file} ${f.brotli}`).join(', ')}; ` +
    `total ${r.initiatives_load.total.brotli} B brotli`);
  out.push(`The grant's app (grant.html, the granted project and its accounts, a bundle of its own): ${r.grant_load.files.map((f) => `${f.file} ${f.brotli}`).join(', ')}; ` +
    `total ${r.grant_load.total.brotli} B brotli`);
  out.push(`The ministry's follow-up (follow-up.html, the grants followed, a bundle of its own): ${r.follow_up_load.files.map((f) => `${f.file} ${f.brotli}`).join(', ')}; ` +
    `total ${r.follow_up_load.total.brotli} B brotli`);
  out.push(`The reviewer's app (reviewer.html, a bundle of its own): ${r.reviewer_load.files.map((f) => `${f.file} ${f.brotli}`).join(', ')}; ` +
    `total ${r.reviewer_load.total.brotli} B brotli`);
  const i = r.first_load.interactive;
  if (i) out.push(`\nCold load to interactive (${i.samples} loads, brotli over loopback): median ${i.interactive_ms.median} ms, max ${i.interactive_ms.max} ms; ` +
    `wasm started ${i.app_started_ms.median} ms, first contentful paint ${i.first_contentful_paint_ms.median} ms (medians)`);
  if (r.typing) {
  out.push('\nKeystroke to screen (ms)');
  const rows = [['budget lines', 'CPU', 'keys', 'median', 'p95', 'max', 'budget opened in']];
  for (const [n, res] of Object.entries(r.typing)) {
    for (const cpu of PLAN.cpu) {
      const k = res[`cpu_${cpu}x`];
      rows.push([n, `${cpu}×`, k.keystrokes, k.median_ms, k.p95_ms, k.max_ms, `${res.open_budget_s} s`]);
    }
  }
  out.push(table(rows));
  }
  if (r.ledger) {
    out.push("\nThe grant's accounts: CSV import (choose → count shown) and keystroke to screen (ms, 1× CPU)");
    const rows = [['entries', 'import', 'keys', 'median', 'p95', 'max']];
    for (const [n, res] of Object.entries(r.ledger)) rows.push([n, res.import_ms, res.cpu_1x.keystrokes, res.cpu_1x.median_ms, res.cpu_1x.p95_ms, res.cpu_1x.max_ms]);
    out.push(table(rows));
    out.push("The same project's interim report: keystroke to screen in its progress field (ms, 1× CPU)");
    const report = [['entries', 'keys', 'median', 'p95', 'max']];
    for (const [n, res] of Object.entries(r.ledger)) if (res.reports_cpu_1x) report.push([n, res.reports_cpu_1x.keystrokes, res.reports_cpu_1x.median_ms, res.reports_cpu_1x.p95_ms, res.reports_cpu_1x.max_ms]);
    out.push(table(report));
    const lm = r.ledger_memory;
    if (lm) out.push(`Memory with ${lm.entries} entries: JS heap ${(lm.js_heap_used_bytes / 2 ** 20).toFixed(1)} MiB + wasm ${(lm.wasm_memory_bytes / 2 ** 20).toFixed(1)} MiB = ` +
      `${(lm.total_bytes / 1e6).toFixed(1)} MB; ${lm.dom_nodes} DOM nodes`);
  }
  if (r.reviewer) out.push(`\nReviewer: ${r.reviewer.files} files to the summary table: median ${r.reviewer.median_ms} ms, max ${r.reviewer.max_ms} ms (${r.reviewer.runs} runs)`);
  const m = r.memory;
  if (m) out.push(`Memory with ${m.budget_lines} budget lines: JS heap ${(m.js_heap_used_bytes / 2 ** 20).toFixed(1)} MiB + wasm ${(m.wasm_memory_bytes / 2 ** 20).toFixed(1)} MiB ` +
    `= ${(m.total_bytes / 2 ** 20).toFixed(1)} MiB; ${m.dom_nodes} DOM nodes`);
  if (r.lighthouse) {
    for (const [preset, l] of Object.entries(r.lighthouse)) {
      out.push(`Lighthouse (${preset}): performance ${l.performance}, accessibility ${l.accessibility}; FCP ${l.first_contentful_paint_ms} ms, ` +
        `LCP ${l.largest_contentful_paint_ms} ms (${l.largest_contentful_paint_element}), TBT ${l.total_blocking_time_ms} ms, ` +
        `speed index ${l.speed_index_ms} ms, CLS ${l.cumulative_layout_shift}`);
    }
  }
  out.push('\nLevers (issue 18; wasm, brotli 11, measured when each was tried: bench/levers.json)');
  out.push(table([['lever', 'before', 'after', 'change', 'kept'], ...LEVERS.levers.map((l) => [l.lever, l.before, l.after,
    `${l.after - l.before > 0 ? '+' : ''}${l.after - l.before}`, l.kept ? 'yes' : 'no'])]));
  const wasm = r.first_load.files.find((f) => f.file.endsWith('.wasm'));
  if (wasm) out.push(`this build's wasm: ${wasm.brotli} B brotli`);
  out.push(`first load target after the budget: ${BUDGET.first_load_target_brotli_bytes} B (${r.first_load.total.brotli - BUDGET.first_load_target_brotli_bytes} B to go)`);
  for (const l of LEVERS.lighthouse || []) out.push(`${l.lever}: ${l.before} → ${l.after}`);
  out.push('\nBudgets');
  out.push(table([['budget', 'measured', 'limit', 'verdict'], ...r.budgets.map((b) => [b.budget, `${b.value} ${b.unit}`.trim(), `${b.limit} ${b.unit}`.trim(),
    b.met ? 'met' : `MISSED by ${b.missed_by} ${b.unit}`.trim()])]));
  console.log(out.join('\n'));
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    console.error(`bench: ${path.join(DIST, 'index.html')} not found — run \`make build\` first`);
    process.exit(1);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-bench-'));
  const server = await startServer(DIST, { compress: true });
  const browser = await launchBrowser();
  try {
    const r = {
      generated: new Date().toISOString(),
      mode: SMOKE ? 'smoke' : 'full',
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0].model.trim(), memory_bytes: os.totalmem(), browser: browser.version() },
      first_load: bundleSizes('index.html'),
      files_load: bundleSizes('files.html'),
      initiatives_load: bundleSizes('initiatives.html'),
      grant_load: bundleSizes('grant.html'),
      follow_up_load: bundleSizes('follow-up.html'),
      reviewer_load: bundleSizes('reviewer.html'),
    };
    if (want('load')) r.first_load.interactive = await coldLoads(browser, server);
    if (want('typing')) Object.assign(r, await typingAndMemory(browser, server, dir));
    if (want('reviewer')) r.reviewer = await reviewer(browser, server, dir);
    if (want('ledger')) Object.assign(r, await ledger(browser, server, dir));
    await browser.close();
    if (PLAN.lighthouse && want('lighthouse')) {
      r.lighthouse = { desktop: await lighthouse(server, dir, 'desktop'), mobile: await lighthouse(server, dir, 'mobile') };
    }
    r.budgets = verdicts(r);
    print(r);
    fs.writeFileSync(OUT, JSON.stringify(r, null, 2) + '\n');
    console.log(`\nwrote ${path.relative(process.cwd(), OUT) || OUT}`);
  } finally {
    await browser.close().catch(() => {});
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`bench: ${err && err.stack ? err.stack : err}`);
  process.exit(1);
});
