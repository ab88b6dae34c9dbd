// Turns each runner's json report into counts for the closing `N passed, N failed[, N skipped]` line.
// A runner that crashed (no report, or a non-zero exit with no failed test) or ran no tests counts as one failure,
// so the closing line never reads as green when something went wrong.

/**
 * @param {any} report Vitest's json report (undefined when it wrote none)
 * @param {number | null} status Vitest's exit status
 */
export function summarizeVitest(report, status) {
  if (!report) return { passed: 0, failed: 1, skipped: 0, problems: [`Vitest crashed (exit ${status}) and wrote no report`] };
  const problems = [];
  // A test file that fails to load has no results of its own but is a failure.
  const brokenFiles = (report.testResults ?? []).filter(
    (f) => f.status === "failed" && !(f.assertionResults ?? []).some((t) => t.status === "failed"),
  );
  for (const f of brokenFiles) problems.push(`Vitest could not run ${f.name}: ${String(f.message ?? "").split("\n")[0]}`);
  const passed = report.numPassedTests ?? 0;
  let failed = (report.numFailedTests ?? 0) + brokenFiles.length;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (passed + failed + skipped === 0) {
    problems.push("Vitest ran no tests");
    failed += 1;
  } else if (status !== 0 && failed === 0) {
    problems.push(`Vitest exited with ${status} although no test failed`);
    failed += 1;
  }
  return { passed, failed, skipped, problems };
}

/**
 * @param {any} report Playwright's json report (undefined when it wrote none)
 * @param {number | null} status Playwright's exit status
 */
export function summarizePlaywright(report, status) {
  if (!report?.stats) return { passed: 0, failed: 1, skipped: 0, problems: [`Playwright crashed (exit ${status}) and wrote no report`] };
  const problems = [];
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const passed = expected + flaky;
  let failed = unexpected;
  const errors = report.errors ?? [];
  for (const error of errors) problems.push(`Playwright: ${String(error.message ?? error).split("\n")[0]}`);
  if (flaky) problems.push(`Playwright: ${flaky} test(s) passed only on a retry`);
  if (errors.length > 0) {
    failed += 1;
  } else if (passed + unexpected + skipped === 0) {
    problems.push("Playwright ran no tests");
    failed += 1;
  } else if (status !== 0 && unexpected === 0) {
    problems.push(`Playwright exited with ${status} although no test failed`);
    failed += 1;
  }
  return { passed, failed, skipped, problems };
}

/** @param {{ passed: number, failed: number, skipped: number }} totals */
export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
}
