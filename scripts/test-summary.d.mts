export type RunnerSummary = { passed: number; failed: number; skipped: number; problems: string[] };
export function summarizeVitest(report: unknown, status: number | null): RunnerSummary;
export function summarizePlaywright(report: unknown, status: number | null): RunnerSummary;
export function summaryLine(totals: { passed: number; failed: number; skipped: number }): string;
