// A graded goal as it is stored with an attempt, and as the learner is shown it. Pure.
//
// Stored (ExerciseAttempt.goalResults): every goal, hidden ones included, with what the engine found and a
// summary of why (explanation codes and the ids of the components they name), so an instructor's tool can
// tell which rule or route stopped a packet without re-running the engine.
// Shown: a hidden goal says only whether it was met; the engine's findings about it stay on the server.
import type { Explanation } from "@/lib/reachability";
import type { ExerciseGoal } from "./exercise-schema";
import type { GoalResult } from "./goals";

export interface GoalExplanationSummary {
  /** The engine's explanation codes, in its order, each once (e.g. ["NO_ROUTE_TO_DESTINATION"]). */
  codes: string[];
  /** The ids of the components those explanations name (route tables, security groups, ACLs...), each once. */
  components: string[];
}

export interface StoredGoalResult {
  goalId: string;
  met: boolean;
  found: "reachable" | "blocked";
  explanation: GoalExplanationSummary;
}

export interface VisibleGoalOutcome {
  id: string;
  description: string;
  met: boolean;
  found: "reachable" | "blocked";
  /** Present when the engine explained its verdict (typically for a blocked path). */
  explanation?: GoalExplanationSummary;
}

export interface HiddenGoalOutcome {
  id: string;
  description: string;
  hidden: true;
  met: boolean;
}

export type GoalOutcome = VisibleGoalOutcome | HiddenGoalOutcome;

function componentIdsOf(explanation: Explanation): string[] {
  const ids: string[] = [];
  const take = (value: unknown) => {
    if (value && typeof value === "object" && typeof (value as { Id?: unknown }).Id === "string") ids.push((value as { Id: string }).Id);
  };
  for (const [key, value] of Object.entries(explanation)) {
    if (key === "Explanation" || key === "ExplanationCode") continue;
    if (Array.isArray(value)) value.forEach(take);
    else take(value);
  }
  return ids;
}

export function summarizeExplanations(explanations: readonly Explanation[]): GoalExplanationSummary {
  const codes = new Set<string>();
  const components = new Set<string>();
  for (const explanation of explanations) {
    codes.add(explanation.ExplanationCode);
    for (const id of componentIdsOf(explanation)) components.add(id);
  }
  return { codes: [...codes], components: [...components] };
}

/** What is stored for each goal: the verdict and a summary of the engine's explanation (no prose, no hops). */
export function storedGoalResults(results: readonly GoalResult[]): StoredGoalResult[] {
  return results.map((r) => ({ goalId: r.goalId, met: r.met, found: r.found, explanation: summarizeExplanations(r.analysis.Explanations) }));
}

/**
 * What the learner sees of stored results, in the stored order. Descriptions and hidden-ness come from the
 * exercise as it is now; a goal the exercise no longer has is shown as hidden (nothing about it is revealed).
 */
export function goalOutcomes(goals: readonly ExerciseGoal[], stored: readonly StoredGoalResult[]): GoalOutcome[] {
  const byId = new Map(goals.map((g) => [g.id, g]));
  return stored.map((result) => {
    const goal = byId.get(result.goalId);
    if (!goal || goal.hidden) return { id: result.goalId, description: goal?.description ?? result.goalId, hidden: true, met: result.met };
    const outcome: VisibleGoalOutcome = { id: goal.id, description: goal.description, met: result.met, found: result.found };
    if (result.explanation.codes.length > 0) outcome.explanation = { codes: [...result.explanation.codes], components: [...result.explanation.components] };
    return outcome;
  });
}

/** Reads stored goal results back; anything unreadable becomes an empty list rather than an error. */
export function parseStoredGoalResults(json: string): StoredGoalResult[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): StoredGoalResult[] => {
    if (!item || typeof item !== "object") return [];
    const r = item as Record<string, unknown>;
    if (typeof r.goalId !== "string" || typeof r.met !== "boolean" || (r.found !== "reachable" && r.found !== "blocked")) return [];
    const e = (r.explanation ?? {}) as Record<string, unknown>;
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
    return [{ goalId: r.goalId, met: r.met, found: r.found, explanation: { codes: strings(e.codes), components: strings(e.components) } }];
  });
}
