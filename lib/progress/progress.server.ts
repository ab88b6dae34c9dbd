import "server-only";
// Progress data access. Every function takes the caller's own user id (from the session, via
// lib/auth/authorize.server.ts) and every query is scoped by it: there is no way to name another
// learner. Lookups by record id include the user id, so a wrong or foreign id finds nothing.
import type { Db } from "../db/create-db";
import { summarizeProgress, type ProgressSummary } from "./progress-summary";

export async function getProgress(database: Db, userId: string): Promise<ProgressSummary> {
  const [lessons, exerciseAttempts, quizAttempts] = await Promise.all([
    database.lessonProgress.findMany({ where: { userId }, select: { lessonSlug: true, completedAt: true } }),
    database.exerciseAttempt.findMany({
      where: { userId },
      select: { id: true, exerciseSlug: true, solved: true, createdAt: true },
    }),
    database.quizAttempt.findMany({
      where: { userId },
      select: { id: true, mode: true, score: true, maxScore: true, startedAt: true, completedAt: true },
    }),
  ]);
  return summarizeProgress(lessons, exerciseAttempts, quizAttempts);
}

/** Marks a lesson complete for the caller; completing it again keeps the first completion. */
export async function markLessonComplete(database: Db, userId: string, lessonSlug: string): Promise<{ lessonSlug: string; completedAt: string }> {
  const row = await database.lessonProgress.upsert({
    where: { userId_lessonSlug: { userId, lessonSlug } },
    create: { userId, lessonSlug },
    update: {},
    select: { lessonSlug: true, completedAt: true },
  });
  return { lessonSlug: row.lessonSlug, completedAt: row.completedAt.toISOString() };
}

/** Imports lessons completed in the browser, in one transaction. Returns how many were new. */
export async function importLessons(database: Db, userId: string, lessonSlugs: string[]): Promise<{ imported: number; alreadyComplete: number }> {
  const unique = [...new Set(lessonSlugs)];
  return database.$transaction(async (tx) => {
    const existing = await tx.lessonProgress.findMany({
      where: { userId, lessonSlug: { in: unique } },
      select: { lessonSlug: true },
    });
    const known = new Set(existing.map((row) => row.lessonSlug));
    const fresh = unique.filter((slug) => !known.has(slug));
    for (const lessonSlug of fresh) {
      await tx.lessonProgress.create({ data: { userId, lessonSlug }, select: { id: true } });
    }
    return { imported: fresh.length, alreadyComplete: known.size };
  });
}

export interface QuizAttemptDetail {
  id: string;
  mode: string;
  score: number;
  maxScore: number;
  startedAt: string;
  completedAt: string | null;
  answers: { questionId: string; answer: string; correct: boolean }[];
}

/** One of the caller's quiz attempts with its answers, or null if the id is unknown or not theirs. */
export async function getQuizAttempt(database: Db, userId: string, attemptId: string): Promise<QuizAttemptDetail | null> {
  const attempt = await database.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      id: true,
      mode: true,
      score: true,
      maxScore: true,
      startedAt: true,
      completedAt: true,
      answers: { select: { questionId: true, answer: true, correct: true }, orderBy: { questionId: "asc" } },
    },
  });
  if (!attempt) return null;
  return {
    ...attempt,
    startedAt: attempt.startedAt.toISOString(),
    completedAt: attempt.completedAt?.toISOString() ?? null,
  };
}

/** Removes one of the caller's exercise attempts. False when the id is unknown or not theirs. */
export async function deleteExerciseAttempt(database: Db, userId: string, attemptId: string): Promise<boolean> {
  const { count } = await database.exerciseAttempt.deleteMany({ where: { id: attemptId, userId } });
  return count === 1;
}
