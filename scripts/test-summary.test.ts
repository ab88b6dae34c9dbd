import { describe, expect, it } from "vitest";
import { summarizePlaywright, summarizeVitest, summaryLine } from "./test-summary.mjs";

describe("summarizeVitest", () => {
  it("counts passed, failed and skipped tests", () => {
    const report = { numPassedTests: 7, numFailedTests: 2, numPendingTests: 1, numTodoTests: 1, testResults: [] };
    expect(summarizeVitest(report, 1)).toEqual({ passed: 7, failed: 2, skipped: 2, problems: [] });
  });

  it("counts a test file that failed to load as a failure", () => {
    const report = {
      numPassedTests: 3,
      numFailedTests: 0,
      testResults: [{ name: "lib/a.test.ts", status: "failed", message: "SyntaxError: nope\nmore", assertionResults: [] }],
    };
    const summary = summarizeVitest(report, 1);
    expect(summary.failed).toBe(1);
    expect(summary.problems).toEqual(["Vitest could not run lib/a.test.ts: SyntaxError: nope"]);
  });

  it("treats a missing report, zero tests, or a failing exit with no failed test as one failure", () => {
    expect(summarizeVitest(undefined, 1).failed).toBe(1);
    expect(summarizeVitest({ numPassedTests: 0, numFailedTests: 0, testResults: [] }, 1).failed).toBe(1);
    expect(summarizeVitest({ numPassedTests: 4, numFailedTests: 0, testResults: [] }, 1)).toMatchObject({ passed: 4, failed: 1 });
    expect(summarizeVitest({ numPassedTests: 4, numFailedTests: 0, testResults: [] }, 0)).toMatchObject({ passed: 4, failed: 0 });
  });
});

describe("summarizePlaywright", () => {
  it("counts expected and flaky as passed, unexpected as failed", () => {
    const summary = summarizePlaywright({ stats: { expected: 10, unexpected: 1, flaky: 1, skipped: 0 }, errors: [] }, 1);
    expect(summary).toMatchObject({ passed: 11, failed: 1, skipped: 0 });
    expect(summary.problems).toEqual(["Playwright: 1 test(s) passed only on a retry"]);
  });

  it("treats a global error (e.g. the web server did not start) as a failure", () => {
    const summary = summarizePlaywright({ stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [{ message: "Error: Process from config.webServer was not able to start. Exit code: 1" }] }, 1);
    expect(summary.failed).toBe(1);
    expect(summary.problems[0]).toContain("webServer");
  });

  it("treats no report or no tests as a failure", () => {
    expect(summarizePlaywright(undefined, null).failed).toBe(1);
    expect(summarizePlaywright({ stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [] }, 0).failed).toBe(1);
  });
});

describe("summaryLine", () => {
  it("prints the line CI reads, with skipped only when there are any", () => {
    expect(summaryLine({ passed: 12, failed: 0, skipped: 0 })).toBe("12 passed, 0 failed");
    expect(summaryLine({ passed: 12, failed: 3, skipped: 2 })).toBe("12 passed, 3 failed, 2 skipped");
  });
});
