// A lesson's "Practice" section: the exercises that belong to it, linked to the player. Server component (reads
// content/exercises at build time); statuses are filled in on the client for a signed-in learner.
import { listExercises } from "@/lib/exercises/exercise-files";
import { exerciseSummary } from "@/lib/exercises/exercise-view";
import { ExerciseListItem } from "./ExerciseListItem";
import { ExerciseStatusProvider } from "./exercise-statuses";

export function LessonExercises({ slug }: { slug: string }) {
  const exercises = listExercises().filter((e) => e.lesson.slug === slug).map(exerciseSummary);
  if (exercises.length === 0) return null;
  return (
    <section aria-labelledby="lesson-practice-title" className="mt-12 rounded-xl border border-border bg-surface p-5 sm:p-6">
      <h2 id="lesson-practice-title" className="text-lg font-semibold tracking-tight">Practice</h2>
      <p className="mt-1 text-sm text-muted">Graded exercises on a live network for this lesson: change the configuration until every goal is met.</p>
      <ExerciseStatusProvider>
        <ul className="mt-2 divide-y divide-border">
          {exercises.map((e) => (
            <ExerciseListItem key={e.id} exercise={e} />
          ))}
        </ul>
      </ExerciseStatusProvider>
    </section>
  );
}
