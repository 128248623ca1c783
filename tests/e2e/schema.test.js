'use strict';
// The committed JSON Schema (schema/) checked by a real validator (Ajv, draft 2020-12) against the
// example exports committed in tests/fixtures/exchange/ (tests/exchange.rs keeps them equal to what
// the build exports), and against files that must be refused.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { exportValidator } = require('./support.js');

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'tests/fixtures/exchange');

function load(name) {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES, name), 'utf8'));
}

test('exported examples validate against the committed schema', () => {
  const validate = exportValidator();
  const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 2, `examples in ${EXAMPLES} (committed; UPDATE_FIXTURES=1 cargo test --test exchange)`);
  for (const file of files) {
    assert.ok(validate(load(file)), `${file}: ${JSON.stringify(validate.errors)}`);
  }
});

test('the schema refuses what import refuses', () => {
  const validate = exportValidator();
  const bad = [
    (v) => (v.application.budget.lines[0].amount = '12,5O'),
    (v) => (v.application.budget.lines[0].amount = 1200.5),
    (v) => (v.application.project.start = '1.3.2020'),
    (v) => (v.application.budget.lines[0].colour = 'red'),
    (v) => (v.schema_version = 4),
    (v) => (v.format = 'something-else'),
    (v) => delete v.exported_at,
  ];
  for (const change of bad) {
    const v = load('sample.json');
    change(v);
    assert.equal(validate(v), false, `accepted after ${change}`);
  }
});
