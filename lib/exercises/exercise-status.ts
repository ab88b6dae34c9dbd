// A learner's standing on one exercise, from their attempts. Pure.

export type ExerciseStatus = "new" | "attempted" | "solved";

/** "solved" once any attempt solved it, "attempted" after any other attempt, else "new". */
export function exerciseStatus(attempts: readonly { solved: boolean }[]): ExerciseStatus {
  if (attempts.some((a) => a.solved)) return "solved";
  return attempts.length > 0 ? "attempted" : "new";
}

/** Status per exercise id for every id given (ids without attempts are "new"). */
export function statusByExercise(ids: readonly string[], attempts: readonly { exerciseSlug: string; solved: boolean }[]): Record<string, ExerciseStatus> {
  const result: Record<string, ExerciseStatus> = {};
  for (const id of ids) result[id] = "new";
  for (const attempt of attempts) {
    if (!(attempt.exerciseSlug in result)) continue;
    if (attempt.solved) result[attempt.exerciseSlug] = "solved";
    else if (result[attempt.exerciseSlug] === "new") result[attempt.exerciseSlug] = "attempted";
  }
  return result;
}
