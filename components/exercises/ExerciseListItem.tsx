// One exercise in a list (the Exercises page, a lesson's Practice section): title link, difficulty, concepts,
// goal count and, for a signed-in learner, the status.
import Link from "next/link";
import type { ExerciseSummary } from "@/lib/exercises/exercise-view";
import { conceptLabel, DIFFICULTY_LABEL } from "./exercise-labels";
import { ExerciseStatusBadge } from "./exercise-statuses";

export function ExerciseListItem({ exercise }: { exercise: ExerciseSummary }) {
  return (
    <li className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
      <div className="min-w-0">
        <Link href={`/exercises/${exercise.id}`} className="font-semibold text-accent underline decoration-1 underline-offset-4 hover:decoration-2">
          {exercise.title}
        </Link>
        <p className="mt-1 text-sm text-muted">
          {DIFFICULTY_LABEL[exercise.difficulty]} · {exercise.goalCount} goals · {exercise.concepts.map(conceptLabel).join(", ")}
        </p>
      </div>
      <ExerciseStatusBadge id={exercise.id} />
    </li>
  );
}
