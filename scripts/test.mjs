#!/usr/bin/env node
// `npm test`: every test. Unit and integration tests (Vitest), then end-to-end tests (Playwright, Debian's Chromium,
// the real built app on its own database). Each runner prints its usual output and writes a json report; this
// script adds them up and ends with one line CI reads:
//
//   N passed, N failed[, N skipped]
//
// It exits non-zero when a test failed, a runner crashed (no report, or a non-zero exit with no failed test), or a
// runner ran no tests; such a runner counts as one failure in the closing line, so the line never reads as green.
//
// Usage: node scripts/test.mjs [all|unit|e2e] [-- extra arguments for the runner, when only one is chosen]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const dash = argv.indexOf("--");
const which = (dash === -1 ? argv : argv.slice(0, dash))[0] ?? "all";
const extra = dash === -1 ? [] : argv.slice(dash + 1);
if (!["all", "unit", "e2e"].includes(which)) {
  console.error(`usage: node scripts/test.mjs [all|unit|e2e] [-- runner arguments]`);
  process.exit(2);
}
if (extra.length > 0 && which === "all") {
  console.error("Runner arguments need one runner: node scripts/test.mjs unit -- ... or e2e -- ...");
  process.exit(2);
}

const reports = join(root, "test-results");
mkdirSync(reports, { recursive: true });
const bin = (name) => join(root, "node_modules/.bin", name);

function heading(text) {
  console.log(`\n=== ${text} ${"=".repeat(Math.max(0, 70 - text.length))}`);
}

function readJson(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`could not read ${file}: ${error.message}`);
    return undefined;
  }
}

/** Runs a runner with inherited output; returns its exit status (or a description of the signal). */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.error) return { status: null, why: result.error.message };
  return { status: result.status, why: result.signal ? `killed by ${result.signal}` : `exit code ${result.status}` };
}

// Fail fast when the browser the end-to-end tests need is missing.
if (which !== "unit") {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    console.error(
      `\nChromium not found at ${chromium}; the end-to-end tests need it.\n` +
        `  Debian/Ubuntu: apt-get install -y chromium\n` +
        `  or point CHROMIUM_PATH at a Chromium binary, e.g. Playwright's own:\n` +
        `    CHROMIUM_PATH=$(node -e "console.log(require('playwright-core').chromium.executablePath())") npm test\n` +
        `  or run only the unit tests: npm run test:unit\n`,
    );
    process.exit(2);
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function unit() {
  heading("Unit and integration tests (Vitest)");
  const file = join(reports, "unit.json");
  rmSync(file, { force: true });
  const { status, why } = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`, ...extra]);
  const report = readJson(file);
  if (!report) {
    problems.push(`Vitest crashed (${why}) and wrote no report`);
    totals.failed += 1;
    return;
  }
  // A test file that fails to load has no test results of its own but is a failure.
  const brokenFiles = (report.testResults ?? []).filter((f) => f.status === "failed" && !(f.assertionResults ?? []).some((t) => t.status === "failed"));
  const passed = report.numPassedTests ?? 0;
  const failed = (report.numFailedTests ?? 0) + brokenFiles.length;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const f of brokenFiles) problems.push(`Vitest could not run ${f.name}: ${(f.message ?? "").split("\n")[0]}`);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  if (passed + failed + skipped === 0) {
    problems.push("Vitest ran no tests");
    totals.failed += 1;
  } else if (status !== 0 && failed === 0) {
    problems.push(`Vitest exited with ${why} although no test failed`);
    totals.failed += 1;
  }
  console.log(`Vitest: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
}

function e2e() {
  heading("End-to-end tests (Playwright, Chromium, the built app)");
  const file = join(reports, "e2e.json");
  rmSync(file, { force: true });
  const { status, why } = run(bin("playwright"), ["test", ...extra], { E2E_JSON: file });
  const report = readJson(file);
  if (!report?.stats) {
    problems.push(`Playwright crashed (${why}) and wrote no report`);
    totals.failed += 1;
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const passed = expected + flaky;
  totals.passed += passed;
  totals.failed += unexpected;
  totals.skipped += skipped;
  const errors = report.errors ?? [];
  for (const error of errors) problems.push(`Playwright: ${(error.message ?? String(error)).split("\n")[0]}`);
  if (flaky) problems.push(`Playwright: ${flaky} test(s) passed only on a retry`);
  if (errors.length > 0 || (status !== 0 && unexpected === 0)) {
    if (errors.length === 0) problems.push(`Playwright exited with ${why} although no test failed`);
    totals.failed += 1;
  } else if (passed + unexpected + skipped === 0) {
    problems.push("Playwright ran no tests");
    totals.failed += 1;
  }
  console.log(`Playwright: ${passed} passed, ${unexpected} failed${skipped ? `, ${skipped} skipped` : ""}`);
}

if (which !== "e2e") unit();
if (which !== "unit") e2e();

heading("Summary");
for (const problem of problems) console.log(`! ${problem}`);
const line = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`;
console.log(line);
process.exit(totals.failed > 0 ? 1 : 0);
