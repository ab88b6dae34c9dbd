#!/usr/bin/env node
// `npm test`: every test. Unit and integration tests (Vitest), then end-to-end tests (Playwright, Debian's Chromium,
// the real built app on its own database). Each runner prints its usual output and writes a json report; this
// script adds them up and ends with one line CI reads:
//
//   N passed, N failed[, N skipped]
//
// It exits non-zero when a test failed, a runner crashed (no report, or a non-zero exit with no failed test), or a
// runner ran no tests; such a runner counts as one failure in the closing line (see test-summary.mjs).
//
// Usage: node scripts/test.mjs [all|unit|e2e] [-- extra arguments for the runner, when only one is chosen]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { summarizePlaywright, summarizeVitest, summaryLine } from "./test-summary.mjs";

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

/** Runs a runner with inherited output; returns its exit status (null when it could not start or was killed). */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.error) console.error(`could not run ${command}: ${result.error.message}`);
  if (result.signal) console.error(`${command} was killed by ${result.signal}`);
  return { status: result.status };
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

function add(runner, summary) {
  totals.passed += summary.passed;
  totals.failed += summary.failed;
  totals.skipped += summary.skipped;
  problems.push(...summary.problems);
  console.log(`\n${runner}: ${summaryLine(summary)}`);
}

function unit() {
  heading("Unit and integration tests (Vitest)");
  const file = join(reports, "unit.json");
  rmSync(file, { force: true });
  const { status } = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`, ...extra]);
  add("Vitest", summarizeVitest(readJson(file), status));
}

function e2e() {
  heading("End-to-end tests (Playwright, Chromium, the built app)");
  const file = join(reports, "e2e.json");
  rmSync(file, { force: true });
  const { status } = run(bin("playwright"), ["test", ...extra], { E2E_JSON: file });
  add("Playwright", summarizePlaywright(readJson(file), status));
}

if (which !== "e2e") unit();
if (which !== "unit") e2e();

heading("Summary");
for (const problem of problems) console.log(`! ${problem}`);
console.log(summaryLine(totals));
process.exit(totals.failed > 0 ? 1 : 0);
