import "server-only";
// When a learner first opened an exercise (ExerciseStart): attempt durations are measured from it. Opening
// again keeps the first time.
import type { Db } from "../db/create-db";

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

export async function recordStart(database: Db, userId: string, exerciseSlug: string, now: Date = new Date()): Promise<{ startedAt: string }> {
  const where = { userId_exerciseSlug: { userId, exerciseSlug } };
  try {
    const row = await database.exerciseStart.upsert({ where, create: { userId, exerciseSlug, startedAt: now }, update: {}, select: { startedAt: true } });
    return { startedAt: row.startedAt.toISOString() };
  } catch (error) {
    // Two first openings at once: the other one won; report its time.
    if (!isUniqueViolation(error)) throw error;
    const row = await database.exerciseStart.findUniqueOrThrow({ where, select: { startedAt: true } });
    return { startedAt: row.startedAt.toISOString() };
  }
}

/** When the caller first opened the exercise, or null. */
export async function startedAt(database: Db, userId: string, exerciseSlug: string): Promise<string | null> {
  const row = await database.exerciseStart.findUnique({ where: { userId_exerciseSlug: { userId, exerciseSlug } }, select: { startedAt: true } });
  return row ? row.startedAt.toISOString() : null;
}
