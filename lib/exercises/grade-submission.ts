// Grades a submission: the learner's changes applied to the exercise's own starting network, every goal
// (hidden ones included) evaluated by the engine. Pure and deterministic; whatever the client claims about
// its result is never an input.
import { ChangeRefused, loadChangedNetwork } from "./apply-changes";
import type { Exercise, ExerciseChange } from "./exercise-schema";
import { allGoalsMet, evaluateGoals } from "./goals";
import { storedGoalResults, type StoredGoalResult } from "./goal-results";
import { refusalInSubmission } from "./refusal-path";

export interface GradedSubmission {
  solved: boolean;
  goals: StoredGoalResult[];
}

/** Throws ChangeRefused (path in the submission's terms where possible) for a change the exercise refuses. */
export function gradeSubmission(exercise: Exercise, changes: readonly ExerciseChange[]): GradedSubmission {
  let model;
  try {
    model = loadChangedNetwork(exercise.network, exercise.editable, changes).model;
  } catch (error) {
    if (error instanceof ChangeRefused) throw refusalInSubmission(exercise.network, changes, error);
    throw error;
  }
  const results = evaluateGoals(model, exercise.goals);
  return { solved: allGoalsMet(results), goals: storedGoalResults(results) };
}
