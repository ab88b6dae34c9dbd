import "server-only";
// Hint tiers, revealed to a learner one at a time and recorded (ExerciseHintReveal). Tier n is revealed only
// after tier n-1; asking again for a tier already revealed returns it without recording anything.
import type { Db } from "../db/create-db";
import type { Exercise } from "./exercise-schema";

export interface HintReveal {
  /** The tier revealed (1 = the gentlest). */
  tier: number;
  text: string;
  /** Every tier's text the learner has revealed so far, in order. */
  revealedHints: string[];
  total: number;
}

/** A hint request that cannot be met: 409 (all revealed, or an earlier tier first) or 400 (no such tier). */
export class HintRefused extends Error {
  override readonly name = "HintRefused";
  constructor(
    readonly status: 400 | 409,
    message: string,
  ) {
    super(message);
  }
}

/** How many tiers are revealed: the run 1, 2, ... n without a gap (rows beyond a gap are ignored). */
function revealedCount(tiers: readonly number[], total: number): number {
  const set = new Set(tiers);
  let n = 0;
  while (n < total && set.has(n + 1)) n++;
  return n;
}

async function tiersOf(database: Pick<Db, "exerciseHintReveal">, userId: string, exerciseSlug: string): Promise<number[]> {
  const rows = await database.exerciseHintReveal.findMany({ where: { userId, exerciseSlug }, select: { tier: true } });
  return rows.map((r) => r.tier);
}

/** The texts of the tiers the caller has revealed, in order. */
export async function revealedHints(database: Db, userId: string, exercise: Exercise): Promise<string[]> {
  const count = revealedCount(await tiersOf(database, userId, exercise.id), exercise.hints.length);
  return exercise.hints.slice(0, count);
}

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/**
 * Reveals a tier to the caller: `tier` when given (idempotent: an already revealed tier is returned again),
 * else the next one. Throws HintRefused when every tier is revealed, when a later tier is asked for before an
 * earlier one, or for a tier the exercise does not have.
 */
export async function revealHint(database: Db, userId: string, exercise: Exercise, tier?: number): Promise<HintReveal> {
  const total = exercise.hints.length;
  const exerciseSlug = exercise.id;
  if (tier !== undefined && tier > total) throw new HintRefused(400, `This exercise has ${total} hint${total === 1 ? "" : "s"}; there is no hint ${tier}.`);
  const answer = (count: number, shown: number): HintReveal => ({ tier: shown, text: exercise.hints[shown - 1]!, revealedHints: exercise.hints.slice(0, count), total });
  try {
    return await database.$transaction(async (tx) => {
      const count = revealedCount(await tiersOf(tx, userId, exerciseSlug), total);
      if (tier !== undefined && tier <= count) return answer(count, tier);
      const next = count + 1;
      if (next > total) throw new HintRefused(409, `All ${total} hint${total === 1 ? " is" : "s are"} already revealed.`);
      if (tier !== undefined && tier !== next) throw new HintRefused(409, `Reveal hint ${next} before hint ${tier}.`);
      await tx.exerciseHintReveal.create({ data: { userId, exerciseSlug, tier: next }, select: { id: true } });
      return answer(next, next);
    });
  } catch (error) {
    // The same tier revealed by a simultaneous request: it is revealed, which is what was asked.
    if (isUniqueViolation(error) && tier !== undefined) {
      const count = revealedCount(await tiersOf(database, userId, exerciseSlug), total);
      if (tier <= count) return answer(count, tier);
    }
    throw error;
  }
}
