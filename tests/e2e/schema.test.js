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
    (v) => (v.schema_version = 6),
    (v) => (v.format = 'something-else'),
    (v) => delete v.exported_at,
    (v) => (v.working_copy = { colour: 'red' }),
    (v) => (v.working_copy = { partner_requests: [{ sent: { lines: [{ amount: '12,5O' }] } }] }),
  ];
  for (const change of bad) {
    const v = load('sample.json');
    change(v);
    assert.equal(validate(v), false, `accepted after ${change}`);
  }
});

const validatorOf = (schemaFile) => exportValidator(schemaFile);

test('the partner files validate against their schemas, with the municipality resolved beside the typed text', () => {
  for (const [file, schema] of [
    ['request.json', 'hakemus-partner-request.schema.json'],
    ['contribution.json', 'hakemus-partner-contribution.schema.json'],
  ]) {
    const validate = validatorOf(schema);
    const v = load(path.join('partner', file));
    assert.ok(validate(v), `${file}: ${JSON.stringify(validate.errors)}`);
    assert.equal(v.part.applicant.municipality, 'Iisalmi');
    assert.deepEqual(v.part.applicant.resolved_municipality, { code: '140', name_fi: 'Iisalmi', name_sv: 'Idensalmi' });
    for (const change of [
      (x) => (x.part.applicant.resolved_municipality.code = '14'),
      (x) => (x.part.applicant.resolved_municipality.extra = 'x'),
      (x) => delete x.part.applicant.resolved_municipality.name_sv,
      (x) => (x.schema_version = 3),
    ]) {
      const bad = load(path.join('partner', file));
      change(bad);
      assert.equal(validate(bad), false, `${file} accepted after ${change}`);
    }
  }
});

test('the exported application carries the resolved municipality, and the schema checks its shape', () => {
  const validate = exportValidator();
  const v = load('sample.json');
  assert.equal(v.application.applicants[0].municipality, 'Pargas');
  assert.deepEqual(v.application.applicants[0].resolved_municipality, { code: '445', name_fi: 'Parainen', name_sv: 'Pargas' });
  v.application.applicants[0].resolved_municipality.code = 'Pargas';
  assert.equal(validate(v), false);
});

test('the first phase files validate against their schemas, and the schemas refuse what reading refuses', () => {
  const dir = path.join(ROOT, 'tests/fixtures/initiative');
  for (const [file, schema, bad] of [
    ['initiative.json', 'hakemus-initiative.schema.json', [
      (v) => (v.initiative.descriptions.cost_estimate = '120 000'),
      (v) => (v.initiative.origin = 'borrowed'),
      (v) => (v.initiative.descriptions.colour = 'red'),
      (v) => (v.schema_version = 2),
    ]],
    ['interest.json', 'hakemus-interest.schema.json', [
      (v) => (v.interest.initiatives[0].colour = 'red'),
      (v) => delete v.exported_at,
      (v) => (v.format = 'hakemus-initiative'),
    ]],
    ['joint-project.json', 'hakemus-joint-project.schema.json', [
      (v) => (v.project.initiatives[0].descriptions.cost_estimate = 1200.5),
      (v) => (v.project.interests[0].need = 3),
      (v) => (v.project.colour = 'red'),
    ]],
  ]) {
    const validate = validatorOf(schema);
    const load = () => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    assert.ok(validate(load()), `${file}: ${JSON.stringify(validate.errors)}`);
    for (const change of bad) {
      const v = load();
      change(v);
      assert.equal(validate(v), false, `${file} accepted after ${change}`);
    }
  }
});

test('a backup validates against its schema, and the schema refuses what the reader refuses', () => {
  const validate = validatorOf('hakemus-backup.schema.json');
  const file = path.join(ROOT, 'tests/fixtures/backup/browser.json');
  const example = () => JSON.parse(fs.readFileSync(file, 'utf8'));
  const v = example();
  assert.ok(validate(v), JSON.stringify(validate.errors));
  // Each record is its stored text, a string: a draft's record read back is the stored draft.
  assert.equal(JSON.parse(v.drafter.drafts[0].record).title, 'Yhteishanke');
  assert.equal(JSON.parse(v.first_phase.initiatives[0].record).value.title, 'Sähköinen asiointi');
  assert.equal(JSON.parse(v.grant.projects[0].record).grant.id, 'g-1');
  // A version 1 backup, without the first phase, is still read (the reader's test); the schema is
  // the version this build writes.
  for (const change of [
    (x) => (x.schema_version = 2),
    (x) => (x.first_phase.initiatives[0].record = JSON.parse(x.first_phase.initiatives[0].record)),
    (x) => (x.grant.projects[0].record = JSON.parse(x.grant.projects[0].record)),
    (x) => (x.grant.colour = 'red'),
    (x) => (x.first_phase.initiatives[0].id = ''),
    (x) => (x.first_phase.colour = 'red'),
    (x) => (x.format = 'hakemus-application'),
    (x) => delete x.made_at,
    (x) => (x.drafter.colour = 'red'),
    (x) => (x.drafter.drafts[0].record = JSON.parse(x.drafter.drafts[0].record)),
    (x) => (x.drafter.drafts[0].id = 0),
    (x) => (x.reviewer.opened = [{ key: 'a' }]),
  ]) {
    const bad = example();
    change(bad);
    assert.equal(validate(bad), false, `accepted after ${change}`);
  }
});

test('a change request and the ministry\'s decision validate against their schemas, and the schemas refuse what reading refuses', () => {
  // Written by the domain's writers (tests/grant_examples.rs; UPDATE_FIXTURES=1 cargo test --test grant_examples).
  const dir = path.join(ROOT, 'tests/fixtures/grant/examples');
  for (const [format, bad] of [
    ['hakemus-change-request', [
      (v) => (v.parts = []),
      (v) => (v.request_id = 0),
      (v) => (v.parts[1].amount = '5 000,00'),
      (v) => (v.parts[0].kind = 'wish'),
      (v) => (v.parts[0].colour = 'red'),
      (v) => delete v.project,
    ]],
    ['hakemus-change-decision', [
      (v) => (v.decision.parts[0].outcome = 'maybe'),
      (v) => (v.decision.parts[0].reason = ''),
      (v) => (v.decision.decided_on = '20.5.2021'),
      (v) => (v.decision.decider = ''),
      (v) => (v.project_id = ''),
      (v) => (v.decision.parts[1].amount = 5000),
    ]],
  ]) {
    const validate = validatorOf(`${format}.schema.json`);
    const file = path.join(dir, `${format}.json`);
    assert.ok(fs.existsSync(file), `${file} (committed; UPDATE_FIXTURES=1 cargo test --test grant_examples)`);
    const example = () => JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.ok(validate(example()), `${format}: ${JSON.stringify(validate.errors)}`);
    for (const change of [(x) => (x.schema_version += 1), (x) => (x.colour = 'red'), ...bad]) {
      const changed = example();
      change(changed);
      assert.equal(validate(changed), false, `${format} accepted after ${change}`);
    }
  }
});

test('the granted project\'s files validate against their schemas, and the schemas refuse a bumped version, an extra field and values of the wrong type', () => {
  // Written by the domain's writers from Kiuruvesi's granted project and read back by their readers
  // (tests/grant_examples.rs; UPDATE_FIXTURES=1 cargo test --test grant_examples).
  const dir = path.join(ROOT, 'tests/fixtures/grant/examples');
  const wrongEntry = [
    (v) => (v.entries[0].net = 1200.5),
    // What was typed is not what a file carries: the readers refuse it, and so do the schemas.
    (v) => (v.entries[0].date = '1.3.2020'),
    (v) => (v.entries[0].net = '1 200,50'),
    (v) => (v.entries[0].net = '-0.00'),
    (v) => (v.entries[0].vat = '12,5O'),
    (v) => (v.entries[0].vat = '288'),
    (v) => (v.entries[0].id = String(v.entries[0].id)),
    (v) => (v.entries[0].colour = 'red'),
    (v) => (v.entries[0] = 'T-1'),
    (v) => (v.entries[0].origin = { kind: 'borrowed' }),
  ];
  for (const [format, bad] of [
    ['hakemus-interim-report', [
      (v) => (v.figures.this_period.all.net = 73100.03),
      (v) => (v.figures.cumulative = '150000.03'),
      (v) => (v.report.indicators = [['7', '50 %']]),
      (v) => (v.unreadable['entries[3].net'] = 12.5),
      (v) => delete v.period,
      (v) => (v.period.start = '1.7.2020'),
    ]],
    ['hakemus-payment-claim', [
      (v) => (v.figures.may_claim = 112635.03),
      (v) => (v.claim.amount = 70000),
      (v) => (v.claim.amount = '70 000,00'),
      (v) => (v.claim.until = '30.6.2021'),
      (v) => (v.earlier_claims[0].paid_on = '15.7.2021'),
      (v) => (v.earlier_claims[0].paid = 60000),
      (v) => (v.number = 0),
      (v) => (v.number = '2'),
      (v) => delete v.figures.asked,
    ]],
    ['hakemus-final-report', [
      (v) => (v.figures.settlement.grant = 181500),
      (v) => (v.claims[0].paid = 60000),
      (v) => (v.final_report.auditor_statement.size = '40'),
      (v) => (v.final_report.colour = 'red'),
      (v) => delete v.final_report,
    ]],
    ['hakemus-ledger-request', [
      (v) => (v.period.start = '1.3.2020'),
      (v) => (v.lead.id = 0),
      (v) => (v.partner = 'Iisalmi'),
      (v) => (v.project_id = ''),
      (v) => delete v.requested_at,
    ]],
    ['hakemus-ledger-contribution', [
      (v) => (v.partner.id = '2'),
      (v) => (v.request_id = ''),
      (v) => (v.exported_at = 'maanantaina'),
      (v) => delete v.entries,
    ]],
  ]) {
    const validate = validatorOf(`${format}.schema.json`);
    const file = path.join(dir, `${format}.json`);
    assert.ok(fs.existsSync(file), `${file} (committed; UPDATE_FIXTURES=1 cargo test --test grant_examples)`);
    const example = () => JSON.parse(fs.readFileSync(file, 'utf8'));
    const v = example();
    assert.ok(validate(v), `${format}: ${JSON.stringify(validate.errors)}`);
    assert.equal(v.format, format);
    assert.ok(v.entries.length > 0, `${format} carries entries`);
    for (const change of [
      (x) => (x.schema_version += 1),
      (x) => (x.format = format === 'hakemus-final-report' ? 'hakemus-interim-report' : 'hakemus-final-report'),
      (x) => (x.colour = 'red'),
      ...wrongEntry,
      ...bad,
    ]) {
      const changed = example();
      change(changed);
      assert.equal(validate(changed), false, `${format} accepted after ${change}`);
    }
  }
});

/// A request and its answer (`pairs`: each format with the changes its schema must refuse), as the
/// domain's writers left them in `dir` (`UPDATE_FIXTURES=1 cargo test --test <name>`): each validates
/// against its schema, and no longer after a bumped version, the other file's format, an extra field
/// or one of its own changes.
function pairValidates(dir, name, pairs) {
  const [first, second] = pairs.map(([format]) => format);
  for (const [format, bad] of pairs) {
    const validate = validatorOf(`${format}.schema.json`);
    const file = path.join(dir, `${format}.json`);
    assert.ok(fs.existsSync(file), `${file} (committed; UPDATE_FIXTURES=1 cargo test --test ${name})`);
    const example = () => JSON.parse(fs.readFileSync(file, 'utf8'));
    const v = example();
    assert.ok(validate(v), `${format}: ${JSON.stringify(validate.errors)}`);
    assert.equal(v.format, format);
    for (const change of [
      (x) => (x.schema_version += 1),
      (x) => (x.format = format === first ? second : first),
      (x) => (x.colour = 'red'),
      ...bad,
    ]) {
      const changed = example();
      change(changed);
      assert.equal(validate(changed), false, `${format} accepted after ${change}`);
    }
  }
}

test('a request for further clarification and its answer validate against their schemas, and the schemas refuse what the readers refuse', () => {
  // Written by the domain's writers and read back by their readers (tests/clarification.rs;
  // UPDATE_FIXTURES=1 cargo test --test clarification).
  const dir = path.join(ROOT, 'tests/fixtures/clarification');
  pairValidates(dir, 'clarification', [
    ['hakemus-clarification-request', [
      (v) => (v.request.deadline = '30.4.2020'),
      (v) => (v.request.asked_at = 'maanantaina'),
      (v) => (v.request.parts = ['budjetti']),
      (v) => (v.request.questions[0].id = 0),
      (v) => (v.request.questions[0].text = ''),
      (v) => (v.request.id = ''),
      (v) => (v.fingerprint = 'abc'),
      (v) => delete v.application,
    ]],
    ['hakemus-clarification', [
      (v) => (v.answers = { x: 'a' }),
      (v) => (v.answers['1'] = 1),
      (v) => (v.original = ''),
      (v) => (v.answered_at = '29.4.2020'),
      (v) => delete v.request,
      (v) => (v.application.application.budget.lines[0].amount = '1 000,00'),
    ]],
  ]);
});

test('a completion request and its answer validate against their schemas, and the schemas refuse what the readers refuse', () => {
  // Written by the domain's writers and read back by their readers (tests/completion.rs;
  // UPDATE_FIXTURES=1 cargo test --test completion).
  const dir = path.join(ROOT, 'tests/fixtures/completion');
  pairValidates(dir, 'completion', [
    ['hakemus-completion-request', [
      (v) => (v.request.deadline = '31.8.2020'),
      (v) => (v.request.asked_at = 'maanantaina'),
      (v) => (v.request.questions[0].id = 0),
      (v) => (v.request.entries[0].text = ''),
      (v) => (v.request.id = ''),
      (v) => (v.request.report.sha256 = 'abc'),
      (v) => (v.request.report.kind = 'report'),
      (v) => (v.request.grant.project_id = ''),
    ]],
    ['hakemus-completion', [
      (v) => (v.answers = { x: 'a' }),
      (v) => (v.answers['1'] = 1),
      (v) => (v.answered_at = '20.8.2020'),
      (v) => delete v.request,
      (v) => (v.report = 'a report'),
      (v) => delete v.report.format,
    ]],
  ]);
});

test('the ministry\'s follow-up validates against its schema: periods made ISO from the files, due dates as typed; the schema refuses what the reader refuses', () => {
  // Written by formats::follow_up from Kiuruvesi's five files received (tests/follow_up.rs;
  // UPDATE_FIXTURES=1 cargo test --test follow_up).
  const file = path.join(ROOT, 'tests/fixtures/follow-up/hakemus-follow-up.json');
  assert.ok(fs.existsSync(file), `${file} (committed; UPDATE_FIXTURES=1 cargo test --test follow_up)`);
  const example = () => JSON.parse(fs.readFileSync(file, 'utf8'));
  const validate = validatorOf('hakemus-follow-up.schema.json');
  const v = example();
  assert.ok(validate(v), JSON.stringify(validate.errors));
  const grant = v.follow_up.grants[0];
  assert.equal(grant.periods[0].start, '2020-03-01');
  assert.equal(grant.periods[0].due, '15.7.2020', 'the due date the ministry typed, kept as typed');
  assert.equal(grant.received.length, 5);
  for (const change of [
    (x) => (x.schema_version = 2),
    (x) => (x.format = 'hakemus-final-report'),
    (x) => (x.colour = 'red'),
    (x) => (x.follow_up.grants[0].periods[0].colour = 'red'),
    (x) => (x.follow_up.grants[0].periods[0].due = 15),
    (x) => (x.follow_up.grants[0].received[0].sha256 = 'abc'),
    (x) => (x.follow_up.grants[0].received[0].kind = 'letter'),
    (x) => (x.follow_up.grants[0].granted.amount = '181 500,00'),
    (x) => (x.follow_up.grants[0].fingerprint = 'kiuruvesi'),
    (x) => (x.follow_up.grants[0].payments[0].claim = '1'),
    (x) => delete x.exported_at,
  ]) {
    const bad = example();
    change(bad);
    assert.equal(validate(bad), false, `accepted after ${change}`);
  }
});
