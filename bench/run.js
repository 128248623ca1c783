#!/usr/bin/env node
'use strict';
// Release bundle size report: raw, gzip -9 and brotli (quality 11) bytes of every .wasm/.js/.css
// file in dist/ (run `make build` first; `make bench` does). Writes bench/results.json.

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(__dirname, 'results.json');
const BUDGET_BROTLI = 170 * 1024; // bytes, wasm + js + css after brotli
const EXTS = new Set(['.wasm', '.js', '.css']);

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith('.') ? [] : walk(p); // skip trunk's .stage
    // sw.js is fetched by the browser after the page has loaded: not part of the first load.
    return EXTS.has(path.extname(e.name)) && e.name !== 'sw.js' ? [p] : [];
  });
}

if (!fs.existsSync(path.join(DIST, 'index.html'))) {
  console.error('bench: dist/index.html not found — run `make build` first');
  process.exit(1);
}

const files = walk(DIST)
  .sort()
  .map((p) => {
    const buf = fs.readFileSync(p);
    return {
      file: path.relative(DIST, p),
      raw: buf.length,
      gzip: zlib.gzipSync(buf, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(buf, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, // 11
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
        },
      }).length,
    };
  });

const total = files.reduce(
  (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const rows = [['file', 'raw', 'gzip -9', 'brotli 11'], ...files.map((f) => [f.file, f.raw, f.gzip, f.brotli]),
  ['total', total.raw, total.gzip, total.brotli]].map((r) => r.map(String));
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log('Release bundle sizes (bytes):');
console.log(line(rows[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.slice(1, -1).forEach((r) => console.log(line(r)));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
console.log(line(rows[rows.length - 1]));

const within = total.brotli <= BUDGET_BROTLI;
const verdict = within
  ? `within budget (${BUDGET_BROTLI - total.brotli} bytes to spare)`
  : `OVER budget by ${total.brotli - BUDGET_BROTLI} bytes`;
console.log(
  `\nwasm+js+css brotli total: ${total.brotli} bytes (${kib(total.brotli)}); ` +
    `budget ${BUDGET_BROTLI} bytes (${kib(BUDGET_BROTLI)}): ${verdict}`,
);

fs.writeFileSync(
  OUT,
  JSON.stringify(
    {
      generated: new Date().toISOString(),
      dist: 'dist',
      files,
      total,
      budget: { brotli_bytes: BUDGET_BROTLI, within, margin_bytes: BUDGET_BROTLI - total.brotli },
    },
    null,
    2,
  ) + '\n',
);
console.log(`wrote ${path.relative(ROOT, OUT)}`);
