// What the browser may see of an exercise. Built field by field (an allow-list, not "everything minus the
// solution"), so a field added to the format later stays on the server until someone adds it here.
// Pure: the API, the pages and the player share it.
import type { Editable, Exercise, ExerciseGoal } from "./exercise-schema";

/** A goal the learner can check in the browser: its query and expectation are public. */
export interface PublicVisibleGoal {
  id: string;
  description: string;
  query: ExerciseGoal["query"];
  expect: ExerciseGoal["expect"];
}

/** A hidden goal: graded on the server only. Its query and expectation never leave the server. */
export interface PublicHiddenGoal {
  id: string;
  description: string;
  hidden: true;
}

export type PublicGoal = PublicVisibleGoal | PublicHiddenGoal;

export interface PublicExercise {
  id: string;
  title: string;
  brief: string;
  concepts: string[];
  lesson: Exercise["lesson"];
  difficulty: Exercise["difficulty"];
  network: Record<string, unknown>;
  editable: Editable[];
  goals: PublicGoal[];
  /** How many hint tiers there are; their texts come one at a time from POST /api/exercises/:id/hints. */
  hints: { total: number };
}

/** One row of the exercise list. */
export interface ExerciseSummary {
  id: string;
  title: string;
  lesson: Exercise["lesson"];
  difficulty: Exercise["difficulty"];
  concepts: string[];
  goalCount: number;
}

export const isHiddenGoal = (goal: PublicGoal): goal is PublicHiddenGoal => "hidden" in goal && goal.hidden === true;

export function publicGoal(goal: ExerciseGoal): PublicGoal {
  if (goal.hidden) return { id: goal.id, description: goal.description, hidden: true };
  return { id: goal.id, description: goal.description, query: { ...goal.query }, expect: goal.expect };
}

/** Everything the browser may see: no solution, hidden goals reduced to id and description, hints counted. */
export function publicExercise(exercise: Exercise): PublicExercise {
  return {
    id: exercise.id,
    title: exercise.title,
    brief: exercise.brief,
    concepts: [...exercise.concepts],
    lesson: { ...exercise.lesson },
    difficulty: exercise.difficulty,
    network: exercise.network,
    editable: exercise.editable.map((e) => ({ collection: e.collection, id: e.id, fields: [...e.fields] })),
    goals: exercise.goals.map(publicGoal),
    hints: { total: exercise.hints.length },
  };
}

export function exerciseSummary(exercise: Exercise): ExerciseSummary {
  return {
    id: exercise.id,
    title: exercise.title,
    lesson: { ...exercise.lesson },
    difficulty: exercise.difficulty,
    concepts: [...exercise.concepts],
    goalCount: exercise.goals.length,
  };
}
