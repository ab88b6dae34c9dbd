/**
 * Test harness for scenario tests: loads a scenario snapshot once and reduces an analysis to what the tests
 * assert on (NetworkPathFound, explanation codes, component ids in order), never prose.
 */
import { analyze, loadSnapshot, parseQuery, type Analysis, type Model } from "../index";

export interface Verdict {
  readonly found: boolean;
  readonly codes: string[];
  readonly forward: string[];
  readonly back: string[];
  readonly analysis: Analysis;
}

export function verdictOf(analysis: Analysis): Verdict {
  return {
    found: analysis.NetworkPathFound,
    codes: analysis.Explanations.map((e) => e.ExplanationCode),
    forward: analysis.ForwardPathComponents.map((c) => c.Component.Id),
    back: analysis.ReturnPathComponents.map((c) => c.Component.Id),
    analysis,
  };
}

/** Returns a function that analyses queries against the snapshot (loaded once). */
export function scenario(snapshot: unknown): { model: Model; ask: (query: Record<string, unknown>) => Verdict } {
  const model = loadSnapshot(snapshot);
  return { model, ask: (query) => verdictOf(analyze(model, parseQuery(query))) };
}
