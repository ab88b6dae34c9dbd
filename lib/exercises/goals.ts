// Evaluates an exercise's goals with the engine: each goal is a query and an expectation. Pure; used by the
// server's grader, the browser's "Check" and the content checks.
import { analyze, parseQuery, QueryError, type Analysis, type Model } from "@/lib/reachability";
import type { ExerciseGoal } from "./exercise-schema";

export interface GoalResult {
  readonly goalId: string;
  readonly met: boolean;
  /** What the engine found: the path exists, or it does not. */
  readonly found: "reachable" | "blocked";
  /** The engine's analysis (for a goal not met: the failing packet and what decided it). */
  readonly analysis: Analysis;
}

/** Evaluates every goal, in order. A goal whose query the engine refuses throws QueryError (a content bug). */
export function evaluateGoals(model: Model, goals: readonly ExerciseGoal[]): GoalResult[] {
  return goals.map((goal) => {
    const analysis = analyze(model, parseQuery(goal.query));
    const found = analysis.NetworkPathFound ? "reachable" : "blocked";
    return { goalId: goal.id, met: found === goal.expect, found, analysis };
  });
}

export const allGoalsMet = (results: readonly GoalResult[]) => results.every((r) => r.met);

export { QueryError };
