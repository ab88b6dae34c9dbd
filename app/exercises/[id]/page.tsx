import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExercisePlayer } from "@/components/exercises/ExercisePlayer";
import { conceptLabel, DIFFICULTY_LABEL } from "@/components/exercises/exercise-labels";
import { pageContainer } from "@/components/ui/styles";
import { getLesson } from "@/lib/content/lessons";
import { getExercise, listExercises } from "@/lib/exercises/exercise-files";
import { publicExercise } from "@/lib/exercises/exercise-view";

type Params = { id: string };

/** Every exercise is prerendered (static HTML; the learner's state is read on the client); any other id is the 404. */
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listExercises().map((e) => ({ id: e.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const exercise = getExercise((await params).id);
  return exercise ? { title: `Exercise: ${exercise.title}` } : {};
}

export default async function ExercisePage({ params }: { params: Promise<Params> }) {
  const exercise = getExercise((await params).id);
  if (!exercise) notFound();
  const lesson = getLesson(exercise.lesson.slug);
  const lessonHref = `/course/${exercise.lesson.slug}${exercise.lesson.section ? `#${exercise.lesson.section}` : ""}`;

  return (
    <div className={`${pageContainer} max-w-7xl py-10`}>
      <header className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wider text-accent">
          <Link href="/exercises" className="hover:underline">Exercises</Link>
          <span aria-hidden="true"> · </span>
          {DIFFICULTY_LABEL[exercise.difficulty]}
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{exercise.title}</h1>
        <p className="mt-3 text-sm text-muted">
          Practises {exercise.concepts.map(conceptLabel).join(", ")} ·{" "}
          <Link href={lessonHref} className="font-medium text-accent underline underline-offset-4">
            {lesson ? `Lesson ${lesson.frontmatter.order}: ${lesson.frontmatter.title}` : "The lesson"}
          </Link>
        </p>
      </header>
      <div className="mt-8">
        {/* Only the public view reaches the browser: no solution, hidden goals without their queries, hints counted. */}
        <ExercisePlayer exercise={publicExercise(exercise)} />
      </div>
    </div>
  );
}
