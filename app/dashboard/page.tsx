import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { BrowserProgressImport } from "@/components/progress/browser-progress-import";
import { card, pageContainer, secondaryButton } from "@/components/ui/styles";
import { requireUserOrRedirect } from "@/lib/auth/authorize.server";
import { db } from "@/lib/db/client.server";
import { getProgress } from "@/lib/progress/progress.server";
import { exerciseCatalogue } from "@/lib/exercises/exercise-catalogue.server";
import { DashboardQuizzes } from "@/components/quiz/DashboardQuizzes";
import { loadQuestionBank } from "@/lib/quiz/question-bank.server";
import { getDomainMastery } from "@/lib/quiz/quiz-history.server";

export const metadata: Metadata = { title: "Dashboard" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });
const formatDate = (iso: string) => dateFormat.format(new Date(iso));

function ProgressSection({ id, title, stat, children }: { id: string; title: string; stat?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={card}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        {stat ? <p className="text-sm font-medium text-muted">{stat}</p> : null}
      </div>
      <div className="mt-4">{children}</div>
    </section>
  );
}

function EmptyState({ message, href, linkText }: { message: string; href: string; linkText: string }) {
  return (
    <div className="flex flex-col items-start gap-3">
      <p className="text-muted">{message}</p>
      <Link href={href} className={secondaryButton}>
        {linkText}
      </Link>
    </div>
  );
}

export default async function DashboardPage() {
  const user = await requireUserOrRedirect("/dashboard");
  const [progress, mastery] = await Promise.all([getProgress(db(), user.id), getDomainMastery(db(), loadQuestionBank(), user.id)]);
  const { lessons, exercises, quizzes } = progress;

  return (
    <div className={`${pageContainer} py-12`}>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Dashboard</h1>
      <p className="mt-2 text-lg text-muted">Welcome back, {user.name}. Here is where you stand.</p>

      <div className="mt-8 space-y-6">
        <BrowserProgressImport />

        <ProgressSection id="lessons-title" title="Lessons" stat={lessons.length ? `${lessons.length} completed` : undefined}>
          {lessons.length === 0 ? (
            <EmptyState message="You have not completed any lessons yet." href="/course" linkText="Start the course" />
          ) : (
            <ul className="divide-y divide-border">
              {lessons.map((lesson) => (
                <li key={lesson.lessonSlug} className="flex flex-wrap justify-between gap-2 py-2">
                  <span className="font-medium">
                    <span aria-hidden="true">✓ </span>
                    {lesson.lessonSlug}
                  </span>
                  <span className="text-sm text-muted">Completed {formatDate(lesson.completedAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </ProgressSection>

        <ProgressSection
          id="exercises-title"
          title="Exercises"
          stat={exercises.attempted ? `${exercises.solved} of ${exercises.attempted} solved` : undefined}
        >
          {exercises.attempted === 0 ? (
            <EmptyState message="You have not attempted any exercises yet." href="/exercises" linkText="Browse exercises" />
          ) : (
            <ul className="divide-y divide-border">
              {exercises.byExercise.map((item) => {
                const exercise = exerciseCatalogue().get(item.exerciseSlug);
                return (
                  <li key={item.exerciseSlug} className="flex flex-wrap justify-between gap-2 py-2">
                    {exercise ? (
                      <Link href={`/exercises/${item.exerciseSlug}`} className="font-medium text-accent underline underline-offset-4">
                        {exercise.title}
                      </Link>
                    ) : (
                      <span className="font-medium">{item.exerciseSlug}</span>
                    )}
                    <span className="text-sm text-muted">
                      <span aria-hidden="true">{item.status === "solved" ? "✓ " : "… "}</span>
                      {item.status === "solved" ? "Solved" : "Attempted, not solved yet"} · {item.attempts} {item.attempts === 1 ? "attempt" : "attempts"} · last{" "}
                      {formatDate(item.lastAttemptAt)}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </ProgressSection>

        <DashboardQuizzes attempts={quizzes.attempts} mastery={mastery} />
      </div>
    </div>
  );
}
