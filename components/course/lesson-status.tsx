"use client";
// The course page's progress, filled in after hydration: each lesson's "✓ Completed" mark (a slot of fixed
// size from the first render, so nothing moves) and the line above the list.
import Link from "next/link";
import { createContext, useContext, type ReactNode } from "react";
import { CompletedMark } from "./completed-mark";
import { useCompletedLessons, type CompletedLessons } from "./use-completed-lessons";

const CourseProgress = createContext<CompletedLessons>({ status: "loading" });

export function CourseProgressProvider({ children }: { children: ReactNode }) {
  return <CourseProgress.Provider value={useCompletedLessons()}>{children}</CourseProgress.Provider>;
}

export function LessonStatus({ lessonSlug }: { lessonSlug: string }) {
  const progress = useContext(CourseProgress);
  const completed = progress.status === "ready" && progress.completed.has(lessonSlug);
  return <CompletedMark completed={completed} {...(progress.status === "ready" && !progress.signedIn ? { where: "in this browser" } : {})} />;
}

export function CourseProgressLine({ lessonSlugs }: { lessonSlugs: readonly string[] }) {
  const progress = useContext(CourseProgress);
  if (progress.status === "loading") return <p className="min-h-6 text-sm text-muted" />;
  const done = lessonSlugs.filter((slug) => progress.completed.has(slug)).length;
  if (progress.signedIn) {
    return (
      <p className="min-h-6 text-sm text-muted">
        {done} of {lessonSlugs.length} completed
      </p>
    );
  }
  return (
    <p className="min-h-6 text-sm text-muted">
      <Link href="/signin?callbackUrl=%2Fcourse" className="font-medium text-accent underline underline-offset-4">
        Sign in
      </Link>{" "}
      to keep your progress on every device.
    </p>
  );
}
