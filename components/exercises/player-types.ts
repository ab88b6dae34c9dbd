/**
 * What the exercise player receives and what the exercise API answers, as the browser sees them. The public
 * exercise carries no solution; a hidden goal is only its id and description; hints are only counted.
 */
import type { PublicExercise, PublicGoal, PublicHiddenGoal, PublicVisibleGoal } from "@/lib/exercises/exercise-view";
import type { ExerciseChange } from "@/lib/exercises/exercise-schema";

/** The exercise as the browser receives it (lib/exercises/exercise-view: an allow-list of fields). */
export type PlayerExercise = PublicExercise;
export type PlayerGoal = PublicGoal;
export type VisibleGoal = PublicVisibleGoal;
export type HiddenGoal = PublicHiddenGoal;

export type ExerciseStatus = "new" | "attempted" | "solved";

/** One goal of a graded attempt, as the server decided it. */
export interface GradedGoal {
  readonly id: string;
  readonly description: string;
  readonly met: boolean;
  /** What the engine found (not given for a hidden goal). */
  readonly found?: "reachable" | "blocked";
  readonly hidden?: boolean;
  /** The engine's explanation codes and the components they name (not given for a hidden goal). */
  readonly explanation?: { readonly codes: readonly string[]; readonly components: readonly string[] };
}

export interface Attempt {
  readonly id: string;
  readonly solved: boolean;
  readonly goals: readonly GradedGoal[];
  readonly hintsUsed: number;
  readonly durationMs: number | null;
  readonly createdAt: string;
  readonly changes?: readonly ExerciseChange[];
}

export { isHiddenGoal as isHidden } from "@/lib/exercises/exercise-view";
