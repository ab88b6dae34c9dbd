import "server-only";
// Graded attempts: grading on the server's own copy of the exercise, recording in one transaction, and
// reading back the caller's own attempts. Every function takes the caller's user id and scopes every query
// by it; an attempt id that is not the caller's finds nothing.
import type { Db } from "../db/create-db";
import type { Exercise, ExerciseChange } from "./exercise-schema";
import { exerciseStatus, statusByExercise, type ExerciseStatus } from "./exercise-status";
import { goalOutcomes, parseStoredGoalResults, type GoalOutcome } from "./goal-results";
import { gradeSubmission, type GradedSubmission } from "./grade-submission";

/** An attempt as the learner sees it (docs/api/exercises.md). */
export interface AttemptView {
  id: string;
  exerciseId: string;
  solved: boolean;
  goals: GoalOutcome[];
  /** Hint tiers the learner had revealed when submitting. */
  hintsUsed: number;
  /** Milliseconds since the learner first opened the exercise; null when it was never opened (POST .../start). */
  durationMs: number | null;
  createdAt: string;
  /** The learner's own changes, so the player can restore them. */
  changes: ExerciseChange[];
}

const attemptSelect = {
  id: true,
  exerciseSlug: true,
  answer: true,
  goalResults: true,
  solved: true,
  hintsUsed: true,
  durationMs: true,
  createdAt: true,
} as const;

interface AttemptRow {
  id: string;
  exerciseSlug: string;
  answer: string;
  goalResults: string;
  solved: boolean;
  hintsUsed: number;
  durationMs: number | null;
  createdAt: Date;
}

function parseChanges(json: string): ExerciseChange[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as ExerciseChange[]) : [];
  } catch {
    return [];
  }
}

/** The view of a stored attempt. `exercise` is null when the exercise left the bank: every goal is then shown as hidden. */
export function attemptView(row: AttemptRow, exercise: Exercise | null): AttemptView {
  return {
    id: row.id,
    exerciseId: row.exerciseSlug,
    solved: row.solved,
    goals: goalOutcomes(exercise?.goals ?? [], parseStoredGoalResults(row.goalResults)),
    hintsUsed: row.hintsUsed,
    durationMs: row.durationMs,
    createdAt: row.createdAt.toISOString(),
    changes: parseChanges(row.answer),
  };
}

/** A database or an open transaction: what recording an attempt touches. */
export type AttemptDb = Pick<Db, "user" | "exerciseAttempt">;

/**
 * Records a graded attempt: learner, exercise, changes, each goal's result, the hint tiers revealed so far and
 * the time since the first opening. Run it inside a transaction (submitAttempt, or the API's submission, which
 * also counts the rate limit in the same transaction).
 */
export async function recordGradedAttempt(
  tx: AttemptDb,
  userId: string,
  exercise: Exercise,
  changes: ExerciseChange[],
  graded: GradedSubmission,
  now: Date,
): Promise<AttemptView> {
  const exerciseSlug = exercise.id;
  // The first opening and the hints revealed, in one query (each query costs a round trip through the engine).
  const learner = await tx.user.findUnique({
    where: { id: userId },
    select: {
      exerciseStarts: { where: { exerciseSlug }, select: { startedAt: true } },
      _count: { select: { hintReveals: { where: { exerciseSlug } } } },
    },
  });
  const start = learner?.exerciseStarts[0];
  const hintsUsed = learner?._count.hintReveals ?? 0;
  const row = await tx.exerciseAttempt.create({
    data: {
      userId,
      exerciseSlug,
      answer: JSON.stringify(changes),
      goalResults: JSON.stringify(graded.goals),
      solved: graded.solved,
      hintsUsed,
      durationMs: start ? Math.max(0, Math.min(now.getTime() - start.startedAt.getTime(), 2_147_483_647)) : null,
      createdAt: now,
    },
    select: attemptSelect,
  });
  return attemptView(row, exercise);
}

/** Transaction options for writes that may queue behind many others under load (Prisma's defaults are 2 s and 5 s). */
export const BUSY_TRANSACTION = { maxWait: 15_000, timeout: 15_000 } as const;

/**
 * Grades the changes and records the attempt in one transaction. A refused change throws ChangeRefused before
 * anything is written.
 */
export async function submitAttempt(database: Db, userId: string, exercise: Exercise, changes: ExerciseChange[], now: Date = new Date()): Promise<AttemptView> {
  const graded = gradeSubmission(exercise, changes);
  return database.$transaction((tx) => recordGradedAttempt(tx, userId, exercise, changes, graded, now), BUSY_TRANSACTION);
}

/**
 * How many attempts a list holds at most. Each carries its changes (up to 64 KB), so an unbounded list of a
 * learner who submitted thousands of times would be a response of gigabytes, built in the server's memory.
 */
export const ATTEMPTS_LISTED = 100;

/** The caller's newest attempts at one exercise (at most ATTEMPTS_LISTED), newest first. */
export async function listAttempts(database: Db, userId: string, exercise: Exercise): Promise<AttemptView[]> {
  const rows = await database.exerciseAttempt.findMany({
    where: { userId, exerciseSlug: exercise.id },
    select: attemptSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ATTEMPTS_LISTED,
  });
  return rows.map((row) => attemptView(row, exercise));
}

/** The caller's newest attempt at one exercise, or null. */
export async function latestAttempt(database: Db, userId: string, exercise: Exercise): Promise<AttemptView | null> {
  const row = await database.exerciseAttempt.findFirst({
    where: { userId, exerciseSlug: exercise.id },
    select: attemptSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return row ? attemptView(row, exercise) : null;
}

/** One of the caller's attempts by id; null for an unknown id or anyone else's attempt. */
export async function findAttempt(database: Db, userId: string, attemptId: string, exerciseById: (id: string) => Exercise | null): Promise<AttemptView | null> {
  const row = await database.exerciseAttempt.findFirst({ where: { id: attemptId, userId }, select: attemptSelect });
  return row ? attemptView(row, exerciseById(row.exerciseSlug)) : null;
}

/** The caller's status on each of the given exercises. */
export async function statusesFor(database: Db, userId: string, exerciseIds: readonly string[]): Promise<Record<string, ExerciseStatus>> {
  const rows = await database.exerciseAttempt.findMany({
    where: { userId, exerciseSlug: { in: [...exerciseIds] } },
    select: { exerciseSlug: true, solved: true },
  });
  return statusByExercise(exerciseIds, rows);
}

/** The caller's status on one exercise. */
export async function statusOf(database: Db, userId: string, exerciseId: string): Promise<ExerciseStatus> {
  const rows = await database.exerciseAttempt.findMany({ where: { userId, exerciseSlug: exerciseId }, select: { solved: true } });
  return exerciseStatus(rows);
}
