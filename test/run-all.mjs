// `npm test`: lint, typecheck, build, unit/integration/renderer tests (vitest), end-to-end tests (Playwright in
// Chromium against the browser host), in that order. Every stage runs even after an earlier one failed, so one
// run shows everything; it ends with one line "N passed, N failed" summing all suites (lint, typecheck and build
// count as one check each) and exits 1 when anything failed. Under CI=true a skipped test is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const resultsDir = join(root, 'test-results');
const ci = process.env.CI === 'true';
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

function npx(args, env = {}) {
  const result = spawnSync('npx', ['--no-install', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1', ...env },
  });
  return result.status === 0;
}

function check(name, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(name);
  }
  return ok;
}

function countFrom(name, ok, file, read) {
  if (!existsSync(file)) return check(name, false);
  const counts = read(JSON.parse(readFileSync(file, 'utf8')));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (counts.failed > 0 || !ok) failures.push(name);
  if (!ok && counts.failed === 0) totals.failed += 1; // the runner failed without a failing test (e.g. a crash)
  if (counts.passed === 0) return check(`${name}: no test ran`, false);
  return ok;
}

function stage(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

stage('lint');
check('eslint', npx(['eslint', '.']));
check('prettier', npx(['prettier', '--check', '.']));
check(
  'electronegativity',
  spawnSync('npm', ['run', '-s', 'lint:electron'], { cwd: root, stdio: 'inherit' }).status === 0,
);

stage('typecheck');
check('typecheck (node)', npx(['tsc', '-p', 'tsconfig.json', '--noEmit']));
check('typecheck (web)', npx(['tsc', '-p', 'renderer/tsconfig.json', '--noEmit']));
check('typecheck (packet page)', npx(['tsc', '-p', 'packet-page/tsconfig.json', '--noEmit']));

stage('build');
const built = check('build', spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' }).status === 0);

stage('vitest: unit, integration, renderer');
const vitestJson = join(resultsDir, 'vitest.json');
countFrom(
  'vitest',
  npx(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]),
  vitestJson,
  (report) => ({
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  }),
);

stage('playwright: end to end in Chromium');
const chromium = spawnSync(process.execPath, [join(root, 'test/e2e/which-chromium.mjs')], { encoding: 'utf8' });
if (chromium.status !== 0) {
  const notice = 'NO CHROMIUM FOUND: the end-to-end tests did not run. Install chromium or set PASSIE_CHROMIUM.';
  console.log(`\n${'!'.repeat(notice.length)}\n${notice}\n${'!'.repeat(notice.length)}\n`);
  if (ci) check('playwright: no Chromium under CI', false);
} else if (!built) {
  check('playwright: not run, the build failed', false);
} else {
  const playwrightJson = join(resultsDir, 'playwright.json');
  countFrom(
    'playwright',
    npx(['playwright', 'test', '--config', 'test/e2e/playwright.config.ts', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
    }),
    playwrightJson,
    (report) => ({
      passed: report.stats.expected + report.stats.flaky,
      failed: report.stats.unexpected,
      skipped: report.stats.skipped,
    }),
  );
}

if (ci && totals.skipped > 0) check(`${totals.skipped} skipped test(s) under CI`, false);

console.log('');
if (failures.length > 0) console.log(`Failed: ${failures.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failures.length > 0 ? 1 : 0);
