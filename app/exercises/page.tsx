import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { ExerciseListItem } from "@/components/exercises/ExerciseListItem";
import { ExerciseProgressLine, ExerciseStatusProvider } from "@/components/exercises/exercise-statuses";
import { card, pageContainer } from "@/components/ui/styles";
import { listLessons } from "@/lib/content/lessons";
import { listExercises } from "@/lib/exercises/exercise-files";
import { exerciseSummary, type ExerciseSummary } from "@/lib/exercises/exercise-view";

export const metadata: Metadata = { title: "Exercises", description: "Graded exercises on live AWS networks: change route tables, security groups and network ACLs until every reachability goal is met." };

/** Static: the bank is read at build time; a signed-in learner's statuses are filled in on the client. */
export default function ExercisesPage() {
  const exercises = listExercises().map(exerciseSummary);
  const lessons = listLessons();
  const groups = lessons
    .map((lesson) => ({ lesson, exercises: exercises.filter((e) => e.lesson.slug === lesson.slug) }))
    .filter((g) => g.exercises.length > 0);
  const known = new Set(lessons.map((l) => l.slug));
  const other: ExerciseSummary[] = exercises.filter((e) => !known.has(e.lesson.slug));

  return (
    <div className={`${pageContainer} py-12`}>
      <PageHeader eyebrow="Practice" title="Exercises">
        <p>Hands-on problems on a live network. You change the configuration; the reachability engine grades the outcome, so any network that meets every goal passes.</p>
      </PageHeader>
      <ExerciseStatusProvider>
        <div className="mt-6">
          <ExerciseProgressLine ids={exercises.map((e) => e.id)} signInHref="/signin?callbackUrl=%2Fexercises" />
        </div>
        {exercises.length === 0 ? <p className="mt-8 text-muted">No exercises yet.</p> : null}
        <div className="mt-6 space-y-6">
          {groups.map(({ lesson, exercises: list }) => (
            <section key={lesson.slug} aria-labelledby={`lesson-${lesson.slug}`} className={card}>
              <h2 id={`lesson-${lesson.slug}`} className="text-xl font-semibold">
                Lesson {lesson.frontmatter.order}: {lesson.frontmatter.title}
              </h2>
              <p className="mt-1 text-sm">
                <Link href={`/course/${lesson.slug}`} className="font-medium text-accent underline underline-offset-4">
                  Read the lesson
                </Link>
              </p>
              <ul className="mt-2 divide-y divide-border">
                {list.map((e) => (
                  <ExerciseListItem key={e.id} exercise={e} />
                ))}
              </ul>
            </section>
          ))}
          {other.length > 0 ? (
            <section aria-labelledby="lesson-other" className={card}>
              <h2 id="lesson-other" className="text-xl font-semibold">More exercises</h2>
              <ul className="mt-2 divide-y divide-border">
                {other.map((e) => (
                  <ExerciseListItem key={e.id} exercise={e} />
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </ExerciseStatusProvider>
    </div>
  );
}
