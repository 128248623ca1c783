'use strict';
// `make bench` in its short mode: the benchmark itself must keep working (it is not run by CI in
// full). Every figure it reports is present and plausible, and each keystroke showed its new total.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { REPO_ROOT } = require('./support.js');

test('make bench --smoke measures first load, typing, reviewer and memory', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakemus-bench-test-'));
  const out = path.join(dir, 'results.json');
  try {
    const stdout = await new Promise((resolve, reject) => {
      execFile(process.execPath, [path.join(REPO_ROOT, 'bench/run.js'), '--smoke', '--out', out], { timeout: 240_000 },
        (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)));
    });
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(r.mode, 'smoke');

    // Sizes: the wasm, the JS (the app's, and src/shell/'s boot.js and shell.js) and both style
    // sheets, brotli smaller than gzip smaller than raw.
    const files = r.first_load.files.map((f) => f.file.replace(/-[0-9a-f]+(?=(_bg)?\.)/, '')).sort();
    assert.deepEqual(files, ['boot.js', 'hakemus.js', 'hakemus_bg.wasm', 'main.css', 'shell.js', 'tokens.css']);
    for (const f of r.first_load.files) assert.ok(f.brotli < f.gzip && f.gzip < f.raw, JSON.stringify(f));
    assert.equal(r.first_load.total.brotli, r.first_load.files.reduce((s, f) => s + f.brotli, 0));
    // The other apps' bundles, measured the same way: the files app's (the drafts page) has a wasm of
    // its own and its own style sheet beside the shared ones.
    const filesApp = r.files_load.files.map((f) => f.file.replace(/-[0-9a-f]+(?=(_bg)?\.)/, '')).sort();
    assert.deepEqual(filesApp, ['boot.js', 'files.css', 'hakemus-files.js', 'hakemus-files_bg.wasm', 'main.css', 'shell.js', 'tokens.css']);
    assert.ok(r.reviewer_load.total.brotli > 0);
    const initiativesApp = r.initiatives_load.files.map((f) => f.file.replace(/-[0-9a-f]+(?=(_bg)?\.)/, '')).sort();
    assert.deepEqual(initiativesApp, ['boot.js', 'files.css', 'hakemus-initiatives.js', 'hakemus-initiatives_bg.wasm', 'main.css', 'shell.js', 'tokens.css', 'workshop.css']);
    // The grant's app (grant.html): its own wasm, the shared style sheets and the files app's.
    const grantApp = r.grant_load.files.map((f) => f.file.replace(/-[0-9a-f]+(?=(_bg)?\.)/, '')).sort();
    assert.deepEqual(grantApp, ['boot.js', 'files.css', 'grant.css', 'hakemus-grant.js', 'hakemus-grant_bg.wasm', 'main.css', 'shell.js', 'tokens.css']);
    // The ministry's follow-up (follow-up.html): its own wasm and style sheet, the shared ones, and the
    // reviewer's (its settlement decision prints with the printed decision's classes).
    const followUpApp = r.follow_up_load.files.map((f) => f.file.replace(/-[0-9a-f]+(?=(_bg)?\.)/, '')).sort();
    assert.deepEqual(followUpApp, ['boot.js', 'files.css', 'follow-up.css', 'hakemus-follow-up.js', 'hakemus-follow-up_bg.wasm', 'main.css', 'reviewer.css', 'shell.js', 'tokens.css']);

    // Load: the first page interactive after its wasm started, within a generous bound.
    const load = r.first_load.interactive;
    assert.ok(load.app_started_ms.median > 0 && load.interactive_ms.median >= load.app_started_ms.median, JSON.stringify(load));
    assert.ok(load.interactive_ms.median < 10_000, JSON.stringify(load));

    // Typing at 1x and 4x CPU: every keystroke measured (run.js fails a key whose frame kept the old total).
    for (const cpu of ['cpu_1x', 'cpu_4x']) {
      const k = r.typing[50][cpu];
      assert.equal(k.keystrokes, 6, cpu);
      assert.ok(k.median_ms > 0 && k.median_ms <= k.p95_ms && k.p95_ms <= k.max_ms, JSON.stringify(k));
    }

    assert.equal(r.reviewer.files, 10);
    assert.ok(r.reviewer.median_ms > 0, JSON.stringify(r.reviewer));
    assert.ok(r.memory.js_heap_used_bytes > 0 && r.memory.wasm_memory_bytes > 0, JSON.stringify(r.memory));
    assert.equal(r.memory.total_bytes, r.memory.js_heap_used_bytes + r.memory.wasm_memory_bytes);

    // The grant's accounts: a CSV of 100 entries imported through the page, every keystroke in an
    // entry's net amount measured, the memory at the largest ledger.
    const ledger = r.ledger[100];
    assert.ok(ledger.import_ms > 0, JSON.stringify(ledger));
    assert.equal(ledger.cpu_1x.keystrokes, 6);
    assert.ok(ledger.cpu_1x.median_ms > 0 && ledger.cpu_1x.median_ms <= ledger.cpu_1x.p95_ms, JSON.stringify(ledger));
    assert.equal(r.ledger_memory.entries, 100);
    // The same project's interim report: each key took away or brought back its field's error.
    assert.equal(ledger.reports_cpu_1x.keystrokes, 6);
    assert.ok(ledger.reports_cpu_1x.median_ms > 0 && ledger.reports_cpu_1x.median_ms <= ledger.reports_cpu_1x.p95_ms, JSON.stringify(ledger));
    assert.match(stdout, /interim report: keystroke to screen in its progress field/);
    assert.match(stdout, /The grant's accounts: CSV import/);

    // The printed table states the budgets it could judge in this mode.
    assert.match(stdout, /first load \(wasm\+JS\+CSS, brotli\)/);
    assert.match(stdout, /interactive, median of cold loads/);
    assert.ok(r.budgets.length >= 2);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
